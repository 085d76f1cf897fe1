import { isBinaryColumnType } from './binaryColumnType';

/** Strips MySQL identifier quoting: `name` → name, "name" → name. */
export function unquoteIdent(raw: string): string {
  const t = raw.trim();
  const q = t[0];
  if ((q === '`' || q === '"') && t.length > 1 && t.endsWith(q)) return t.slice(1, -1).replaceAll(q + q, q);
  return t;
}

/** The table a `schema.table` reference names. */
export function tableOf(ref: string): string {
  const parts = ref.match(/`(?:[^`]|``)*`|"(?:[^"]|"")*"|[^.\s]+/g) ?? [ref];
  return unquoteIdent(parts[parts.length - 1] as string);
}

/** Splits a parenthesised list at top-level commas, honouring quotes and nested parentheses. */
export function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quote) {
      if (ch === '\\' && quote !== '`') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

const createRe = /^CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:`(?:[^`]|``)*`|"(?:[^"]|"")*"|[^\s(]+)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[^\s(]+))?)\s*\(/i;
const notColumn = /^(PRIMARY|KEY|UNIQUE|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|SPATIAL|CHECK|PERIOD)\b/i;

/** The table, column names and binary columns (isBinaryColumnType) of a `CREATE TABLE … (…)` statement, or null for any other statement. */
export function parseCreateTable(sql: string): { table: string; columns: string[]; binary: boolean[] } | null {
  const m = createRe.exec(sql);
  if (!m) return null;
  const open = m[0].length - 1;
  const close = sql.lastIndexOf(')');
  if (close <= open) return null;
  const defs = splitTopLevel(sql.slice(open + 1, close)).filter((def) => !notColumn.test(def));
  const names = defs.map((def) => /^(`(?:[^`]|``)*`|"(?:[^"]|"")*"|\S+)/.exec(def)?.[1] ?? def);
  return { table: tableOf(m[1] as string), columns: names.map(unquoteIdent), binary: defs.map((def, i) => isBinaryColumnType(def.slice((names[i] as string).length))) };
}

const insertRe = /^(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*(?:INTO\s+)?((?:`(?:[^`]|``)*`|"(?:[^"]|"")*"|[^\s(]+)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[^\s(]+))?)\s*(\([^)]*\))?\s*VALUES?\s*/i;

/** The table, optional column list and offset of the first row of an `INSERT … VALUES` statement, or null. */
export function parseInsertHead(sql: string): { table: string; columns: string[] | null; valuesAt: number } | null {
  const m = insertRe.exec(sql);
  if (!m) return null;
  const columns = m[2] ? splitTopLevel(m[2].slice(1, -1)).map(unquoteIdent) : null;
  return { table: tableOf(m[1] as string), columns, valuesAt: m[0].length };
}

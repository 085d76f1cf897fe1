import type { DuckDBConnection } from '@duckdb/node-api';
import type { LeakColumn } from '../../../shared/api/detectParams';
import { UserError } from '../../../shared/userError';
import { queryOne, queryRows } from '../db/queryRows';
import { sqlIdent, sqlString } from '../db/sqlString';

/** What a leak column is looked for as: identities (emails, usernames) or last-login IPs. */
export type LeakColumnRole = 'identity' | 'ip';

const classesOf: Record<LeakColumnRole, string[]> = { identity: ['Email addresses', 'Usernames'], ip: ['IP addresses'] };
const patternOf: Record<LeakColumnRole, string> = {
  identity: '[^@\\s]+@[^@\\s]+\\.[^@\\s]+',
  ip: '\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]+',
};

/** Checks analyst-given columns against the case: each must be a column of a `leak_` table. */
async function checkColumns(c: DuckDBConnection, cols: LeakColumn[]): Promise<LeakColumn[]> {
  for (const col of cols) {
    const { n } = await queryOne<{ n: number }>(
      c,
      `SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $1 AND column_name = $2 AND table_name LIKE 'leak\\_%' ESCAPE '\\'`,
      [col.table, col.column],
    );
    if (n !== 1) throw new UserError('invalid_argument', `Leak column ${col.table}.${col.column} does not exist in this case.`);
  }
  return [...cols].sort((a, b) => (a.table === b.table ? (a.column < b.column ? -1 : 1) : a.table < b.table ? -1 : 1));
}

/** Reads the columns the coverage engine classified into `classes`, when its `coverage` table exists with a recognisable shape. */
async function fromCoverage(c: DuckDBConnection, classes: string[]): Promise<LeakColumn[] | null> {
  const cols = (
    await queryRows<{ name: string }>(c, `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = 'coverage'`)
  ).map((r) => r.name);
  const pick = (re: RegExp) => cols.find((name) => re.test(name));
  const source = pick(/^source_?id$/i);
  const column = pick(/^(column|column_name|field)$/i);
  const dataClass = pick(/^data_?class$/i);
  if (!source || !column || !dataClass) return null;
  const rows = await queryRows<LeakColumn>(
    c,
    `SELECT DISTINCT 'leak_' || CAST(${sqlIdent(source)} AS VARCHAR) AS "table", ${sqlIdent(column)} AS "column"
     FROM coverage WHERE ${sqlIdent(dataClass)} IN (${classes.map(sqlString).join(', ')}) ORDER BY 1, 2`,
  );
  return rows;
}

/** Falls back to content: columns of `leak_` tables where most of the first 10 000 non-empty values look like the role. */
async function fromContent(c: DuckDBConnection, role: LeakColumnRole): Promise<LeakColumn[]> {
  const candidates = await queryRows<LeakColumn>(
    c,
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = 'main' AND table_name LIKE 'leak\\_%' ESCAPE '\\' AND data_type = 'VARCHAR' ORDER BY table_name, ordinal_position`,
  );
  const found: LeakColumn[] = [];
  for (const col of candidates) {
    const v = sqlIdent(col.column);
    const { share } = await queryOne<{ share: number | null }>(
      c,
      `SELECT avg(CASE WHEN regexp_full_match(trim(${v}), ${sqlString(patternOf[role])}) THEN 1 ELSE 0 END)::DOUBLE AS share
       FROM (SELECT ${v} FROM ${sqlIdent(col.table)} WHERE ${v} IS NOT NULL AND trim(${v}) <> '' LIMIT 10000)`,
    );
    if ((share ?? 0) >= 0.5) found.push(col);
  }
  return found;
}

/** The leak columns to correlate on: the analyst's list, else the coverage classification, else a content check. */
export async function leakColumns(c: DuckDBConnection, role: LeakColumnRole, explicit?: LeakColumn[]): Promise<LeakColumn[]> {
  if (explicit) return checkColumns(c, explicit);
  const covered = await fromCoverage(c, classesOf[role]);
  if (covered && covered.length > 0) return covered;
  return fromContent(c, role);
}

/** SQL yielding `ukey`: every distinct lower-cased, trimmed value of the given leak columns (empty when there are none). */
export function leakValuesSql(cols: LeakColumn[]): string {
  if (cols.length === 0) return `SELECT NULL::VARCHAR AS ukey WHERE false`;
  const parts = cols.map((col) => `SELECT lower(trim(CAST(${sqlIdent(col.column)} AS VARCHAR))) AS ukey FROM ${sqlIdent(col.table)}`);
  return `SELECT DISTINCT ukey FROM (${parts.join(' UNION ALL ')}) WHERE ukey IS NOT NULL AND ukey <> ''`;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../sql/queryRows';

/** Everything persistent a case holds, reduced to comparable values: tables, row counts, content hashes. */
export interface CaseFingerprint {
  tables: string[];
  rows: Record<string, number>;
  /** md5 of each table's rows in a stable order, so a rewrite with the same count still shows. */
  content: Record<string, string>;
}

/** Takes the fingerprint of every persistent table of the case on this connection; columns matching `ignore` (e.g. wall-clock times) are left out. */
export async function caseFingerprint(c: DuckDBConnection, ignore?: RegExp): Promise<CaseFingerprint> {
  const found = await queryRows<{ schema: string; table: string }>(
    c,
    `SELECT schema_name AS schema, table_name AS "table" FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database() ORDER BY 1, 2`,
  );
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const tables = found.map((t) => (t.schema === 'main' ? t.table : `${t.schema}.${t.table}`));
  const rows: Record<string, number> = {};
  const content: Record<string, string> = {};
  for (const [i, { schema, table }] of found.entries()) {
    const t = tables[i] as string;
    const q = `${ident(schema)}.${ident(table)}`;
    const cols = (
      await queryRows<{ name: string }>(
        c,
        `SELECT column_name AS name FROM duckdb_columns() WHERE schema_name = $1 AND table_name = $2 AND database_name = current_database() ORDER BY column_index`,
        [schema, table],
      )
    )
      .map((col) => col.name)
      .filter((name) => !ignore?.test(name));
    const row = cols.length === 0 ? `'{}'` : `CAST(json_object(${cols.map((n) => `'${n.replace(/'/g, "''")}', "${n.replace(/"/g, '""')}"`).join(', ')}) AS VARCHAR)`;
    const r = await queryOne<{ n: number; h: string | null }>(
      c,
      `SELECT count(*)::DOUBLE AS n, md5(coalesce(string_agg(x, '\n' ORDER BY x), '')) AS h FROM (SELECT ${row} AS x FROM ${q})`,
    );
    rows[t] = r.n;
    content[t] = r.h ?? '';
  }
  return { tables, rows, content };
}

/** md5 of the first `n` audit rows in insertion order: equal before and after means the trail was only appended to. */
export async function auditPrefix(c: DuckDBConnection, n: number): Promise<string> {
  const r = await queryOne<{ h: string | null }>(
    c,
    `SELECT md5(coalesce(string_agg(x, '\n' ORDER BY rid), '')) AS h FROM (SELECT rowid AS rid, CAST(to_json(a) AS VARCHAR) AS x FROM audit a ORDER BY rowid LIMIT $1)`,
    [n],
  );
  return r.h ?? '';
}

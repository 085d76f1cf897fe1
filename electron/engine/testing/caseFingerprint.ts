import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../db/queryRows';

/** Everything persistent a case holds, reduced to comparable values: tables, row counts, content hashes. */
export interface CaseFingerprint {
  tables: string[];
  rows: Record<string, number>;
  /** md5 of each table's rows in a stable order, so a rewrite with the same count still shows. */
  content: Record<string, string>;
}

/** Takes the fingerprint of every persistent table of the case on this connection. */
export async function caseFingerprint(c: DuckDBConnection): Promise<CaseFingerprint> {
  const tables = (
    await queryRows<{ name: string }>(c, `SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database() ORDER BY 1`)
  ).map((t) => t.name);
  const rows: Record<string, number> = {};
  const content: Record<string, string> = {};
  for (const t of tables) {
    const q = `"${t.replace(/"/g, '""')}"`;
    const r = await queryOne<{ n: number; h: string | null }>(
      c,
      `SELECT count(*)::DOUBLE AS n, md5(coalesce(string_agg(x, '\n' ORDER BY x), '')) AS h FROM (SELECT CAST(to_json(r) AS VARCHAR) AS x FROM ${q} r)`,
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

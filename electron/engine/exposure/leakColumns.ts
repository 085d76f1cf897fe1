import type { DuckDBConnection } from '@duckdb/node-api';
import type { LeakColumn } from '../../../shared/api/detectParams';
import { UserError } from '../../../shared/userError';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIdent, sqlString } from '../sql/sqlString';

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
      `SELECT count(*)::INTEGER AS n FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $table AND column_name = $column AND regexp_full_match(table_name, 'leak_[0-9]+')`,
      { table: col.table, column: col.column },
    );
    if (n !== 1) throw new UserError('invalid_argument', `Leak column ${col.table}.${col.column} does not exist in this case.`);
  }
  return [...cols].sort((a, b) => (a.table === b.table ? (a.column < b.column ? -1 : 1) : a.table < b.table ? -1 : 1));
}

/** The columns the coverage engine classified into `classes`, per covered leak table (tables it has not covered are absent). */
async function fromCoverage(c: DuckDBConnection, classes: string[]): Promise<Map<string, LeakColumn[]>> {
  const byTable = new Map<string, LeakColumn[]>();
  const rows = await queryRows<{ table: string; column: string | null }>(
    c,
    `SELECT 'leak_' || CAST(source_id AS VARCHAR) AS "table", max(CASE WHEN data_class IN (${classes.map(sqlString).join(', ')}) THEN column_name END) AS "column"
     FROM coverage_field GROUP BY source_id, column_name ORDER BY 1, 2`,
  );
  for (const r of rows) {
    const list = byTable.get(r.table) ?? [];
    if (r.column !== null) list.push({ table: r.table, column: r.column });
    byTable.set(r.table, list);
  }
  return byTable;
}

/** The VARCHAR columns of every leak table (`leak_<source id>`), in table then column order. */
async function leakTableColumns(c: DuckDBConnection): Promise<LeakColumn[]> {
  return queryRows<LeakColumn>(
    c,
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = 'main' AND regexp_full_match(table_name, 'leak_[0-9]+') AND data_type = 'VARCHAR'
     ORDER BY CAST(substr(table_name, 6) AS INTEGER), ordinal_position`,
  );
}

/** Content check: the candidate columns where most of the first 10 000 non-empty values look like the role. */
async function fromContent(c: DuckDBConnection, role: LeakColumnRole, candidates: LeakColumn[]): Promise<LeakColumn[]> {
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

/** The leak columns to correlate on: the analyst's list, else per leak table the coverage classification, else a content check. */
export async function leakColumns(c: DuckDBConnection, role: LeakColumnRole, explicit?: LeakColumn[]): Promise<LeakColumn[]> {
  if (explicit) return checkColumns(c, explicit);
  const covered = await fromCoverage(c, classesOf[role]);
  const all = await leakTableColumns(c);
  const found: LeakColumn[] = [];
  for (const table of [...new Set(all.map((col) => col.table))]) {
    const fromCov = covered.get(table);
    found.push(...(fromCov ?? (await fromContent(c, role, all.filter((col) => col.table === table)))));
  }
  return found;
}

/** SQL yielding `ukey`: every distinct lower-cased, trimmed value of the given leak columns (empty when there are none). */
export function leakValuesSql(cols: LeakColumn[]): string {
  if (cols.length === 0) return `SELECT NULL::VARCHAR AS ukey WHERE false`;
  const parts = cols.map((col) => `SELECT lower(trim(CAST(${sqlIdent(col.column)} AS VARCHAR))) AS ukey FROM ${sqlIdent(col.table)}`);
  return `SELECT DISTINCT ukey FROM (${parts.join(' UNION ALL ')}) WHERE ukey IS NOT NULL AND ukey <> ''`;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { limits } from '../../../shared/limits';
import type { ExportReferenceRowDto } from '../../../shared/api/exportsApi';
import type { ReadMemo } from '../db/ReadMemo';
import { derivedStateTable } from '../db/derivedState';
import { queryRows } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';

/** The reference anomalies a case's read memo keeps in order: enough for any page an Api caller may ask from the first row. */
export const referenceHeadRows = limits.listItems;

/** The total of the reference anomalies and their first referenceHeadRows rows, in the order of their pages. */
export interface ReferenceHead {
  total: number;
  rows: ExportReferenceRowDto[];
}

/**
 * The total and first rows of the reference anomalies of query `sql` over the user-hour rollup, computed once per case
 * between two write turns (why: `analyze` computes every anomaly for its side file, then asks their first page, which
 * computed them all again): kept in `memo` under the query and what the rollup was built from, `compute` giving them
 * when nobody has yet. Computed without keeping when the rollup has no state.
 */
export async function referenceHead(c: DuckDBConnection, memo: ReadMemo, sql: string, compute: () => Promise<ReferenceHead>): Promise<ReferenceHead> {
  const [state] = await queryRows<{ stamp: string }>(c, `SELECT base_rows::VARCHAR || '/' || sources::VARCHAR AS stamp FROM ${derivedStateTable} WHERE name = 'transfer'`);
  if (!state) return compute();
  return memo.get(`reference head\u0000${state.stamp}\u0000${sql}`, compute, () => true);
}

/** The head of the anomalies of a side file's rows table (`side_rn` their order, then the columns of referenceZScoreSql). */
export async function referenceHeadOf(c: DuckDBConnection, rowsTable: string): Promise<ReferenceHead> {
  const table = sqlIdent(rowsTable);
  const [{ total } = { total: 0 }] = await queryRows<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${table}`);
  const rows = await queryRows<ExportReferenceRowDto>(c, `SELECT "user", hour, unit, bytes, z FROM ${table} ORDER BY side_rn LIMIT ${referenceHeadRows}`);
  return { total, rows };
}

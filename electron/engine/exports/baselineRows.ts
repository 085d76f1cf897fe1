import type { DuckDBConnection, Json } from '@duckdb/node-api';
import type { ReadMemo } from '../db/ReadMemo';
import { derivedStateTable } from '../db/derivedState';
import { queryRows } from '../sql/queryRows';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { UserHourSource } from './userHoursCte';

/** Flagged user-hours kept in a case's read memo at most (a few MB); beyond, each reader computes its own. */
const maxKept = 100_000;

/** Every row of a baseline query in order, as JSON row arrays with the column names; `complete` false when it stopped past maxKept. */
export interface BaselineRows {
  columns: string[];
  rows: Json[][];
  complete: boolean;
}

/** A baseline row as the Api returns it (the query's column names as keys). */
export function baselineRowObject<T>(columns: string[], row: Json[]): T {
  return Object.fromEntries(columns.map((k, i) => [k, row[i] ?? null])) as T;
}

/**
 * The rows of baseline query `sql` over the current rollup, computed once per case between two write turns (the
 * detectors, the first page and the side file of one `analyze` ask for the same rows): keyed by the query and what the
 * rollup was built from. Null without a memo (inside a write turn) or when the rows come from a scan of `transfer`.
 */
export async function baselineRows(c: DuckDBConnection, sql: string, from: UserHourSource, memo: ReadMemo | undefined): Promise<BaselineRows | null> {
  if (!memo || from !== 'rollup') return null;
  const [state] = await queryRows<{ stamp: string }>(c, `SELECT base_rows::VARCHAR || '/' || sources::VARCHAR AS stamp FROM ${derivedStateTable} WHERE name = 'transfer'`);
  if (!state) return null;
  return memo.get(
    `${state.stamp}\u0000${sql}`,
    () =>
      explainStatsOverflow(async () => {
        const result = await c.stream(sql);
        const rows: Json[][] = [];
        for await (const chunk of result.yieldRowsJson()) {
          rows.push(...chunk);
          if (rows.length > maxKept) return { columns: result.columnNames(), rows, complete: false };
        }
        return { columns: result.columnNames(), rows, complete: true };
      }),
    (found) => found.complete,
  );
}

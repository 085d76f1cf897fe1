import type { DuckDBConnection, Json } from '@duckdb/node-api';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { ReadMemo } from './ReadMemo';

/** Rows of one ordered query a case's read memo keeps at most (a few MB); beyond, each reader computes its own. */
const maxKept = 100_000;

/** Every row of an ordered query, as JSON row arrays with the column names; `complete` false when it stopped past maxKept. */
export interface QueryRows {
  columns: string[];
  rows: Json[][];
  complete: boolean;
}

/** A row of QueryRows as the Api returns it (the query's column names as keys). */
export function rowObject<T>(columns: string[], row: Json[]): T {
  // A plain loop: Object.fromEntries over mapped pairs builds two arrays per row, four times the work for the baseline's tens of thousands.
  const o: Record<string, Json> = {};
  for (let i = 0; i < columns.length; i++) o[columns[i] as string] = row[i] ?? null;
  return o as T;
}

/**
 * The rows of ordered query `sql`, computed once per case between two write turns (why: `analyze` asks for a detector's
 * rows for its first page and again for its side file, and they cannot change between them): kept in `memo` under the
 * query and `stamp` (what the query reads), when complete. Null without a memo (inside a write turn).
 */
export async function memoQueryRows(c: DuckDBConnection, sql: string, stamp: string, memo: ReadMemo | undefined): Promise<QueryRows | null> {
  if (!memo) return null;
  return memo.get(
    `${stamp}\u0000${sql}`,
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

/** One page of kept rows with their total, as pageOf returns it, or null when the rows are not all kept. */
export function pageOfKept<T>(found: QueryRows | null, offset: number, limit: number): { total: number; rows: T[] } | null {
  if (found?.complete !== true) return null;
  return { total: found.rows.length, rows: found.rows.slice(offset, offset + limit).map((r) => rowObject<T>(found.columns, r)) };
}

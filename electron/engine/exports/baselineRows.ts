import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReadMemo } from '../db/ReadMemo';
import { derivedStateTable } from '../db/derivedState';
import { memoQueryRows, type QueryRows } from '../db/memoQueryRows';
import { queryRows } from '../sql/queryRows';
import type { UserHourSource } from './userHoursCte';

/**
 * The rows of baseline query `sql` over the current rollup, computed once per case between two write turns (the
 * detectors, the first page and the side file of one `analyze` ask for the same rows): keyed by the query and what the
 * rollup was built from. Null without a memo (inside a write turn) or when the rows come from a scan of `transfer`.
 */
export async function baselineRows(c: DuckDBConnection, sql: string, from: UserHourSource, memo: ReadMemo | undefined): Promise<QueryRows | null> {
  if (!memo || from !== 'rollup') return null;
  const [state] = await queryRows<{ stamp: string }>(c, `SELECT base_rows::VARCHAR || '/' || sources::VARCHAR AS stamp FROM ${derivedStateTable} WHERE name = 'transfer'`);
  if (!state) return null;
  return memoQueryRows(c, sql, state.stamp, memo);
}

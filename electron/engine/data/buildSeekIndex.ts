import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';

/** Rows per index block: one DuckDB vector, so 60 blocks make one row group. */
export const seekBlockRows = 2048;

/** The range one key column takes over the rows of a span of rowids, and whether any of them is NULL. */
interface KeyRange {
  lo: bigint | null;
  hi: bigint | null;
  nulls: number;
}

/**
 * Per block of 2048 rowids, the min/max of a few integer columns over a snapshot of `rows` rows. It lets a rowid
 * page add `key BETWEEN lo AND hi` filters that DuckDB's zone maps use to skip row groups; the filters never drop a
 * row of the asked rowid span, because every row of a block lies inside its block's range.
 */
export interface SeekIndex {
  rows: number;
  keys: string[];
  lastBlock: number;
  blocks: Map<number, KeyRange[]>;
}

/** Scans `table` once (the key columns and rowid only) and returns its seek index; `rows` is its row count in the same snapshot. */
export async function buildSeekIndex(c: DuckDBConnection, table: string, keys: string[], rows: number): Promise<SeekIndex> {
  const aggs = keys
    .map((k, i) => `min(${sqlIdent(k)})::VARCHAR AS lo${i}, max(${sqlIdent(k)})::VARCHAR AS hi${i}, (count(*) - count(${sqlIdent(k)}))::INTEGER AS nulls${i}`)
    .join(', ');
  const found = await queryRows<Record<string, string | number | null>>(
    c,
    `SELECT (rowid // ${seekBlockRows})::INTEGER AS b, ${aggs} FROM ${sqlIdent(table)} GROUP BY 1 ORDER BY 1`,
  );
  const blocks = new Map<number, KeyRange[]>();
  const big = (v: string | number | null | undefined): bigint | null => (v === null || v === undefined ? null : BigInt(v));
  for (const r of found) {
    blocks.set(Number(r.b), keys.map((_, i) => ({ lo: big(r[`lo${i}`]), hi: big(r[`hi${i}`]), nulls: Number(r[`nulls${i}`]) })));
  }
  return { rows, keys, lastBlock: found.length ? Number(found[found.length - 1]?.b) : -1, blocks };
}

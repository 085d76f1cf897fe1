import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';

/** Rows per index block: one DuckDB vector. */
export const seekBlockRows = 2048;

/**
 * The range one key column takes over the rows of a block of rowids, whether any of them is NULL, and, when the key
 * is `rowid + shift` on every row of the block (line numbers of a load), that shift: it gives each row's exact key.
 */
export interface KeyRange {
  lo: bigint | null;
  hi: bigint | null;
  nulls: number;
  shift: bigint | null;
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

/**
 * SQL aggregates of key column `k` (number `i`) over one block: its range, its NULLs, and the range of key - rowid
 * (BIGINT for keys up to BIGINT, HUGEINT for wider ones by DuckDB's own typing; a cast of all to HUGEINT costs 50 %).
 */
function keyAggregates(k: string, i: number): string {
  const col = sqlIdent(k);
  const shift = `(${col} - rowid)`;
  return `min(${col})::VARCHAR AS lo${i}, max(${col})::VARCHAR AS hi${i}, (count(*) - count(${col}))::INTEGER AS nulls${i}, min(${shift})::VARCHAR AS slo${i}, max(${shift})::VARCHAR AS shi${i}`;
}

/** Scans `table` once (the key columns and rowid only) and returns its seek index; `rows` is its row count in the same snapshot. */
export async function buildSeekIndex(c: DuckDBConnection, table: string, keys: string[], rows: number): Promise<SeekIndex> {
  const found = await queryRows<Record<string, string | number | null>>(
    c,
    `SELECT (rowid // ${seekBlockRows})::INTEGER AS b, ${keys.map(keyAggregates).join(', ')} FROM ${sqlIdent(table)} GROUP BY 1 ORDER BY 1`,
  );
  const blocks = new Map<number, KeyRange[]>();
  const big = (v: string | number | null | undefined): bigint | null => (v === null || v === undefined ? null : BigInt(v));
  for (const r of found) {
    blocks.set(
      Number(r.b),
      keys.map((_, i) => {
        const nulls = Number(r[`nulls${i}`]);
        const shift = nulls === 0 && r[`slo${i}`] === r[`shi${i}`] ? big(r[`slo${i}`]) : null;
        return { lo: big(r[`lo${i}`]), hi: big(r[`hi${i}`]), nulls, shift };
      }),
    );
  }
  return { rows, keys, lastBlock: found.length ? Number(found[found.length - 1]?.b) : -1, blocks };
}

import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/**
 * Runs a query without parameters and reads every row of its materialized result in one round trip to DuckDB's
 * worker threads (runAndReadAll fetches chunk after chunk, one round trip each, and prepares apart when given
 * parameters); on a busy machine each round trip can wait for a thread, so a page makes as few as it can.
 */
export async function materializedRows(c: DuckDBConnection, sql: string): Promise<DuckDBValue[][]> {
  const result = await c.run(sql);
  const rows: DuckDBValue[][] = [];
  for (let i = 0; i < result.chunkCount; i++) rows.push(...result.getChunk(i).getRows());
  return rows;
}

import { DuckDBMaterializedResult, DuckDBPendingResultState, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

/** Waits for the event loop's next turn, or a timer's when DuckDB has no task for this query right now. */
function nap(state: DuckDBPendingResultState): Promise<void> {
  return new Promise((resolve) => (state === DuckDBPendingResultState.NO_TASKS_AVAILABLE ? setTimeout(resolve, 0) : setImmediate(resolve)));
}

/**
 * Runs a query without parameters and reads every row of its materialized result. Its tasks are driven from here,
 * napping while a DuckDB worker runs them: `run` waits in a libuv thread that busy-polls DuckDB meanwhile, which on
 * a 2-core machine burns the core the worker needs, so a data-view page waits longer under load.
 * The chunks are then read in place (runAndReadAll fetches chunk after chunk, one round trip each).
 */
export async function materializedRows(c: DuckDBConnection, sql: string): Promise<DuckDBValue[][]> {
  const prepared = await c.prepare(sql);
  let result;
  try {
    const pending = prepared.start();
    for (let state = pending.runTask(); state !== DuckDBPendingResultState.RESULT_READY; state = pending.runTask()) await nap(state);
    result = await pending.getResult();
  } finally {
    prepared.destroySync();
  }
  if (!(result instanceof DuckDBMaterializedResult)) return result.getRows();
  const rows: DuckDBValue[][] = [];
  for (let i = 0; i < result.chunkCount; i++) rows.push(...result.getChunk(i).getRows());
  return rows;
}

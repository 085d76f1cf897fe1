import type { DuckDBConnection } from '@duckdb/node-api';

/** Runs `fn` in one read transaction, so a page and its total come from the same snapshot. */
export async function inSnapshot<T>(c: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await c.run('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
  await c.run('COMMIT');
  return result;
}

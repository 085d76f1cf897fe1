import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from './queryRows';

let pages = 0;

/**
 * Evaluates an ordered detector query once into a temp table, then reads its row count and one page from it, so an
 * expensive aggregation is not run twice (once for the total, once for the page). Rows keep the query's order.
 */
export async function pageOf<T>(c: DuckDBConnection, sql: string, offset: number, limit: number): Promise<{ total: number; rows: T[] }> {
  const table = `detector_page_${process.pid}_${++pages}`;
  await c.run(`CREATE TEMP TABLE ${table} AS ${sql}`);
  try {
    const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${table}`);
    const rows = await queryRows<T>(c, `SELECT * FROM ${table} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`);
    return { total, rows };
  } finally {
    await c.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

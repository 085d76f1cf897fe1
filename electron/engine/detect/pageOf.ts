import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../db/queryRows';

/** Runs an ordered query twice: once for its row count, once for one page of it. */
export async function pageOf<T>(c: DuckDBConnection, sql: string, offset: number, limit: number): Promise<{ total: number; rows: T[] }> {
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM (${sql})`);
  const rows = await queryRows<T>(c, `${sql} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`);
  return { total, rows };
}

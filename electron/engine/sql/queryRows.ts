import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** The values of a statement's parameters: a record for named ones (`$from`), the form every new query uses. */
export type SqlValues = Record<string, DuckDBValue> | DuckDBValue[];

/** Runs a small, already-aggregated query and returns JSON-safe row objects (BIGINT arrives as string: cast in SQL). */
export async function queryRows<T>(c: DuckDBConnection, sql: string, params: SqlValues = {}): Promise<T[]> {
  const reader = await c.runAndReadAll(sql, params);
  return reader.getRowObjectsJson() as unknown as T[];
}

/** Runs a query expected to return exactly one row. */
export async function queryOne<T>(c: DuckDBConnection, sql: string, params: SqlValues = {}): Promise<T> {
  const rows = await queryRows<T>(c, sql, params);
  if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}: ${sql}`);
  return rows[0] as T;
}

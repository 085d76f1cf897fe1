import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../../sql/queryRows';

/** The value columns of leak table `table` (unquoted, schema main) in file order (every column but `_line`), for passes that read them all. */
export async function leakValueColumns(c: DuckDBConnection, table: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    c,
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'main' AND table_name = $table AND column_name <> '_line' ORDER BY ordinal_position`,
    { table },
  );
  return rows.map((r) => r.name);
}

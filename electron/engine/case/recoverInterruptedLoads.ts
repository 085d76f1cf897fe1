import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';
import { loadingSuffix } from '../ingest/leak/leakTable';

/**
 * Marks sources whose load a stopped engine left `loading` as failed, and drops the rows a first committed step had
 * already written (unfinished `leak_<id>_loading` tables), so an interrupted source holds no rows.
 */
export async function recoverInterruptedLoads(c: DuckDBConnection): Promise<void> {
  const interrupted = await queryRows<{ id: number }>(c, `SELECT id FROM sources WHERE status = 'loading'`);
  const leftovers = await queryRows<{ name: string }>(
    c,
    `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND suffix(table_name, $1)`,
    [loadingSuffix],
  );
  if (interrupted.length === 0 && leftovers.length === 0) return;
  await c.run('BEGIN TRANSACTION');
  for (const t of leftovers) await c.run(`DROP TABLE ${sqlIdent(t.name)}`);
  await c.run(`UPDATE sources SET status = 'failed', message = 'interrupted: the engine stopped during the load' WHERE status = 'loading'`);
  await c.run('COMMIT');
}

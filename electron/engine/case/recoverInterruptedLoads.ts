import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { loadingSuffix } from '../sources/formats/leak/leakTable';

/**
 * Marks sources whose load a stopped engine left `loading` as failed, and drops the rows a first committed step had
 * already written (unfinished `leak_<id>_loading` tables), so an interrupted source holds no rows. Each step can be
 * repeated, so a stop in the middle is finished by the next open.
 */
export async function recoverInterruptedLoads(c: DuckDBConnection): Promise<void> {
  const leftovers = await queryRows<{ name: string }>(
    c,
    `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND suffix(table_name, $suffix)`,
    { suffix: loadingSuffix },
  );
  for (const t of leftovers) await c.run(`DROP TABLE ${sqlIdent(t.name)}`);
  await c.run(`UPDATE sources SET status = 'failed', message = 'interrupted: the engine stopped during the load' WHERE status = 'loading'`);
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';

/** Drops a staging object: the view stageCsv made (with its `<name>_docs` table when it copied the file), or a staged temp table. */
export async function dropStaged(c: DuckDBConnection, name: string): Promise<void> {
  const { views } = await queryOne<{ views: number }>(c, `SELECT count(*)::INTEGER AS views FROM duckdb_views() WHERE temporary AND view_name = $name`, { name });
  if (views === 0) {
    await c.run(`DROP TABLE ${sqlIdent(name)}`);
    return;
  }
  await c.run(`DROP VIEW ${sqlIdent(name)}`);
  await c.run(`DROP TABLE IF EXISTS ${sqlIdent(`${name}_docs`)}`);
}

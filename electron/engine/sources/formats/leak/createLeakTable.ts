import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import type { ColumnCompression } from './columnCompression';
import { leakLoadingName } from './leakTable';

/**
 * Creates `leak_<id>_loading` from a scan whose rows arrive in file order, every column as VARCHAR (stored as
 * `compression` says: columnCompression), with `_line` left NULL for finishLeakLoad to number after the commit. Numbering
 * here with `row_number() OVER ()` ran the whole copy on one core, where this copy runs in parallel and the numbering
 * after it is one cheap UPDATE.
 */
export async function createLeakTable(c: DuckDBConnection, sourceId: number, scan: string, columns: string[], compression: ColumnCompression[]): Promise<number> {
  const table = sqlIdent(leakLoadingName(sourceId));
  const cols = columns.map(sqlIdent);
  await c.run(`CREATE TABLE ${table} (_line BIGINT${cols.map((q, i) => `, ${q} VARCHAR${compression[i] ? ` USING COMPRESSION ${compression[i]}` : ''}`).join('')})`);
  await c.run(`INSERT INTO ${table} SELECT NULL, ${cols.map((q) => `${q}::VARCHAR`).join(', ')} FROM ${scan}`);
  const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${table}`);
  return n;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import type { ColumnCompression } from './columnCompression';
import { writesDictFsst } from '../../../db/writesDictFsst';
import { leakLoadingName } from './leakTable';

/**
 * Creates `leak_<id>_loading` from a scan whose rows arrive in file order, every column as VARCHAR (stored as
 * `compression` says: columnCompression, except FSST in a case whose format has DuckDB's cheaper DICT_FSST), with
 * `_line` left NULL for finishLeakLoad to number after the commit. Numbering here with `row_number() OVER ()` ran the
 * whole copy on one core, where this copy runs in parallel and the numbering after it is one cheap UPDATE.
 */
export async function createLeakTable(c: DuckDBConnection, sourceId: number, scan: string, columns: string[], compression: ColumnCompression[]): Promise<number> {
  const table = sqlIdent(leakLoadingName(sourceId));
  const cols = columns.map(sqlIdent);
  const dictFsst = await writesDictFsst(c);
  const forced = compression.map((m) => (m === 'fsst' && dictFsst ? null : m));
  await c.run(`CREATE TABLE ${table} (_line BIGINT${cols.map((q, i) => `, ${q} VARCHAR${forced[i] ? ` USING COMPRESSION ${forced[i]}` : ''}`).join('')})`);
  await c.run(`INSERT INTO ${table} SELECT NULL, ${cols.map((q) => `${q}::VARCHAR`).join(', ')} FROM ${scan}`);
  const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM ${table}`);
  return n;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { FacetDto } from '../../../shared/api/dataApi';
import { maskStyleForClass } from '../../../shared/mask/maskStyleForClass';
import { maskValue } from '../../../shared/mask/maskValue';
import { queryRows } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';

/** The top values of one column under the current filters, counted in SQL and masked unless revealed. */
export async function columnFacet(c: DuckDBConnection, req: { table: string; column: string; filters: Filter[]; limit: number; reveal: boolean }): Promise<FacetDto> {
  const table = await requireTable(c, req.table);
  requireColumn(table, req.column);
  const info = table.columns.find((col) => col.name === req.column);
  const { where, params } = filterSql(table, req.filters, 2);
  const col = sqlIdent(req.column);
  const values = await queryRows<{ value: string | null; count: number }>(
    c,
    `SELECT CAST(${col} AS VARCHAR) AS value, count(*)::DOUBLE AS count FROM ${sqlIdent(table.name)} ${where}
     GROUP BY ALL ORDER BY count DESC, value NULLS LAST LIMIT $1`,
    [req.limit, ...params],
  );
  const style = info?.masked && !req.reveal ? maskStyleForClass(info.dataClass) : 'none';
  return { column: req.column, values: values.map((v) => ({ value: maskValue(v.value, style === 'none' && info?.masked && !req.reveal ? 'initial' : style), count: v.count })) };
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { FacetDto } from '../../../shared/api/dataApi';
import { queryRows } from '../sql/queryRows';
import { sqlParams } from '../sql/SqlPart';
import { sqlIdent } from '../sql/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';

/** The top values of one column under the current filters, counted in SQL; in clear with the column's class, so the guard masks them unless revealed. */
export async function columnFacet(c: DuckDBConnection, req: { table: string; column: string; filters: Filter[]; limit: number; reveal: boolean }): Promise<FacetDto> {
  const table = await requireTable(c, req.table);
  requireColumn(table, req.column);
  const info = table.columns.find((col) => col.name === req.column);
  const where = filterSql(table, req.filters);
  const col = sqlIdent(req.column);
  const values = await queryRows<{ value: string | null; count: number }>(
    c,
    `SELECT CAST(${col} AS VARCHAR) AS value, count(*)::DOUBLE AS count FROM ${sqlIdent(table.name)} WHERE ${where.sql}
     GROUP BY ALL ORDER BY count DESC, value NULLS LAST LIMIT $limit`,
    sqlParams(where, { params: { limit: req.limit } }),
  );
  return { column: req.column, dataClass: info?.dataClass ?? null, masked: info?.masked ?? false, values };
}

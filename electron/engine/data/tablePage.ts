import type { DuckDBConnection } from '@duckdb/node-api';
import type { TablePageDto } from '../../../shared/api/dataApi';
import { appendAudit } from '../case/appendAudit';
import { queryOne } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';
import { maskRows } from './maskRows';

/** What the data view asks for. */
export interface PageRequest {
  table: string;
  offset: number;
  limit: number;
  sort?: { column: string; desc: boolean } | undefined;
  filters: Filter[];
  reveal: boolean;
}

/**
 * One page of any case table, paged in SQL. Unsorted, unfiltered pages seek by rowid so a page deep in a
 * 38-million-row table costs the same as the first; personal columns are masked unless revealed (audited).
 */
export async function tablePage(c: DuckDBConnection, req: PageRequest): Promise<TablePageDto> {
  const table = await requireTable(c, req.table);
  if (req.sort) requireColumn(table, req.sort.column);
  const { where, params } = filterSql(table, req.filters, 3);
  const select = table.columns.map((col) => `CAST(${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
  const from = sqlIdent(table.name);
  const seek = !req.sort && req.filters.length === 0;
  const sql = seek
    ? `SELECT ${select} FROM ${from} WHERE rowid >= $1 ORDER BY rowid LIMIT $2`
    : `SELECT ${select} FROM ${from} AS t ${where} ORDER BY ${req.sort ? `t.${sqlIdent(req.sort.column)} ${req.sort.desc ? 'DESC' : 'ASC'} NULLS LAST, ` : ''}t.rowid LIMIT $2 OFFSET $1`;
  const reader = await c.runAndReadAll(sql, [req.offset, req.limit, ...params]);
  const raw = reader.getRowsJson() as Array<Array<string | null>>;
  const counted = filterSql(table, req.filters, 1);
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${from} ${counted.where}`, counted.params);
  if (req.reveal) await appendAudit(c, 'reveal_pii', { table: table.name, offset: req.offset, limit: req.limit });
  return {
    table: table.name,
    columns: table.columns,
    rows: req.reveal ? raw : maskRows(table.columns, raw),
    offset: req.offset,
    total,
    revealed: req.reveal,
    sql,
  };
}

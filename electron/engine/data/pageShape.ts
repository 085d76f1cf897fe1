import type { TableInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import { sqlIdent } from '../sql/sqlString';
import type { Filter } from './filterSql';
import type { Rows } from './seekRows';

/** What the data view asks for. */
export interface PageRequest {
  table: string;
  offset: number;
  limit: number;
  sort?: { column: string; desc: boolean } | undefined;
  filters: Filter[];
  reveal: boolean;
}

/** The VARCHAR select list of a page of `table`. */
export function selectOf(table: TableInfoDto): string {
  return table.columns.map((col) => `CAST(${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
}

/** The plain SQL of an unsorted, unfiltered page, shown to the analyst whichever way the rows were fetched. */
export function seekSql(table: TableInfoDto): string {
  return `SELECT ${selectOf(table)} FROM ${sqlIdent(table.name)} WHERE rowid >= $offset ORDER BY rowid LIMIT $limit`;
}

/** Shapes the page in clear; the guard (privacy/guardPersonalData) masks its personal columns unless the call is an audited reveal. */
export function pageDto(req: PageRequest, table: TableInfoDto, rows: Rows, total: number, sql: string): TablePageDto {
  return { table: table.name, columns: table.columns, rows, offset: req.offset, total, revealed: req.reveal, sql };
}

import { z } from 'zod';
import { limits } from '../limits';

/** One column of a case table, with the data class that decides its masking. */
export interface ColumnInfoDto {
  name: string;
  type: string;
  dataClass: string | null;
  masked: boolean;
}

/** A table of the case the data view can page through. */
export interface TableInfoDto {
  name: string;
  rows: number;
  columns: ColumnInfoDto[];
}

/** A filter of the data view, applied in SQL. */
export const filterSchema = z
  .object({
    column: z.string().min(1).max(limits.idChars),
    op: z.enum(['contains', 'eq', 'isnull', 'notnull']),
    value: z.string().max(1000).default(''),
  })
  .strict();

/** One page of a table: values as strings (or null), masked unless revealed. */
export interface TablePageDto {
  table: string;
  columns: ColumnInfoDto[];
  rows: Array<Array<string | null>>;
  offset: number;
  total: number;
  revealed: boolean;
  sql: string;
}

/** The most frequent values of one column under the current filters. */
export interface FacetDto {
  column: string;
  /** The column's data class and masking, which decide how its values are shown. */
  dataClass: string | null;
  masked: boolean;
  values: Array<{ value: string | null; count: number }>;
}

/** Argument schemas of the data-view methods. */
export const dataArgs = {
  listTables: z.object({}).strict(),
  tablePage: z
    .object({
      table: z.string().min(1).max(limits.idChars),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      sort: z.object({ column: z.string().min(1).max(limits.idChars), desc: z.boolean().default(false) }).strict().optional(),
      filters: z.array(filterSchema).max(20).default([]),
      reveal: z.boolean().default(false),
    })
    .strict(),
  columnFacet: z
    .object({
      table: z.string().min(1).max(limits.idChars),
      column: z.string().min(1).max(limits.idChars),
      filters: z.array(filterSchema).max(20).default([]),
      limit: z.number().int().min(1).max(100).default(12),
      reveal: z.boolean().default(false),
    })
    .strict(),
};

/** A virtualised, SQL-paged view over any table of the case. */
export interface DataApi {
  listTables(a: z.input<typeof dataArgs.listTables>): Promise<TableInfoDto[]>;
  tablePage(a: z.input<typeof dataArgs.tablePage>): Promise<TablePageDto>;
  columnFacet(a: z.input<typeof dataArgs.columnFacet>): Promise<FacetDto>;
}

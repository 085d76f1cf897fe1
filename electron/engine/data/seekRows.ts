import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../sql/sqlString';
import { materializedRows } from './materializedRows';
import type { SeekSpan } from './seekSpan';
import { tableStateOf, tableStateSql, type TableState } from './tableState';

/** Rows of a page, every value cast to VARCHAR. */
export type Rows = Array<Array<string | null>>;

/**
 * Reads the rows of a seek span of `table` (`select`: `width` VARCHAR columns) in rowid order, and with `withState`
 * the table's state from the same statement, so from the same snapshot. No ORDER BY: each row is placed by its rowid
 * (unique, and within the span), since sorting the whole select costs more than the scan. Null when a row of the span
 * is missing (the index no longer fits the table) or the state could not be read.
 */
export async function seekRows(c: DuckDBConnection, table: string, select: string, width: number, span: SeekSpan, withState: boolean): Promise<{ rows: Rows; state: TableState | null } | null> {
  const branches = withState ? tableStateSql(table, width) : [];
  if (span.to > span.from) branches.unshift(`SELECT 0, rowid::DOUBLE, ${select} FROM ${sqlIdent(table)} WHERE ${span.where.join(' AND ')} AND rowid >= ${span.from} AND rowid < ${span.to}`);
  const got = branches.length ? await materializedRows(c, branches.join(' UNION ALL ')) : [];
  const page = got.filter((r) => r[0] === 0);
  const state = withState ? tableStateOf(got) : null;
  if (page.length !== span.to - span.from || (withState && !state)) return null;
  const rows: Rows = new Array<Array<string | null>>(page.length);
  for (const r of page) rows[Number(r[1]) - span.from] = r.slice(2) as Array<string | null>;
  return { rows, state };
}

import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { sqlIdent } from '../db/sqlString';
import { materializedRows } from './materializedRows';
import type { SeekSpan } from './seekSpan';

/** Rows of a page, every value cast to VARCHAR. */
export type Rows = Array<Array<string | null>>;

/**
 * Reads the rows of a seek span (`select`: `width` VARCHAR columns) in rowid order, with the values of the `extra`
 * scalar SQL expressions (the table's state) from the same statement, so from the same snapshot. No ORDER BY: each
 * row is placed by its rowid (unique, and within the span), since sorting the whole select costs more than the scan.
 * An empty span reads the state alone. Null when a row of the span is missing (the index no longer fits the table).
 */
export async function seekRows(c: DuckDBConnection, table: string, select: string, width: number, span: SeekSpan, extra: string[] = []): Promise<{ rows: Rows; extra: DuckDBValue[] } | null> {
  if (span.to <= span.from) return { rows: [], extra: extra.length ? ((await materializedRows(c, `SELECT ${extra.join(', ')}`))[0] ?? []) : [] };
  const page = `SELECT rowid::DOUBLE, ${select} FROM ${sqlIdent(table)} WHERE ${span.where.join(' AND ')} AND rowid >= ${span.from} AND rowid < ${span.to}`;
  const got = await materializedRows(c, extra.length ? `SELECT p.*, s.* FROM (${page}) AS p, (SELECT ${extra.join(', ')}) AS s` : page);
  if (got.length !== span.to - span.from) return null;
  const rows: Rows = new Array<Array<string | null>>(got.length);
  for (const r of got) rows[Number(r[0]) - span.from] = r.slice(1, width + 1) as Array<string | null>;
  return { rows, extra: got[0]?.slice(width + 1) ?? [] };
}

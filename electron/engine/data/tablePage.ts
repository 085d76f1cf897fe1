import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { TableInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import { appendAudit } from '../case/appendAudit';
import { queryOne } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';
import { maskRows } from './maskRows';
import type { PageCache } from './PageCache';
import { seekSpan } from './seekSpan';

/** What the data view asks for. */
export interface PageRequest {
  table: string;
  offset: number;
  limit: number;
  sort?: { column: string; desc: boolean } | undefined;
  filters: Filter[];
  reveal: boolean;
}

type Rows = Array<Array<string | null>>;

async function rowsOf(c: DuckDBConnection, sql: string, params: DuckDBValue[]): Promise<Rows> {
  return (await c.runAndReadAll(sql, params)).getRowsJson() as Rows;
}

async function countOf(c: DuckDBConnection, from: string, where = '', params: DuckDBValue[] = []): Promise<number> {
  return (await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${from} ${where}`, params)).total;
}

/** Runs `fn` in one read transaction, so a page and its total come from the same snapshot. */
async function inSnapshot<T>(c: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await c.run('BEGIN TRANSACTION');
  try {
    return await fn();
  } finally {
    await c.run('COMMIT');
  }
}

/**
 * An unsorted, unfiltered page through the seek index: the rowid span plus key ranges that let DuckDB skip every
 * other row group. Exact, since the key filters hold for every row of the span; null sends the caller to plain SQL.
 */
async function seekPage(c: DuckDBConnection, cache: PageCache, table: TableInfoDto, select: string, req: PageRequest, rows: number): Promise<Rows | null> {
  const index = cache.seekIndex(table, rows);
  const span = index && seekSpan(index, req.offset, req.limit);
  if (!span) return null;
  const raw = await rowsOf(
    c,
    `SELECT ${select} FROM ${sqlIdent(table.name)} WHERE ${span.where.join(' AND ')} AND rowid >= $1 AND rowid < ${span.endRowid} ORDER BY rowid LIMIT $2`,
    [req.offset, req.limit],
  );
  if (raw.length < req.limit && !span.reachesEnd) return null;
  cache.hits.seek++;
  return raw;
}

/** The total of a filtered view: remembered per (table, filters) on the cached tables, since they change only by ingest. */
async function filteredTotal(c: DuckDBConnection, table: TableInfoDto, filters: Filter[], cache: PageCache | undefined): Promise<number> {
  const from = sqlIdent(table.name);
  const counted = filterSql(table, filters, 1);
  if (!cache?.covers(table) || filters.length === 0) return countOf(c, from, counted.where, counted.params);
  const view = JSON.stringify(filters);
  const baseRows = await countOf(c, from);
  const known = cache.total(table.name, view, baseRows);
  if (known !== undefined) {
    cache.hits.total++;
    return known;
  }
  const total = await countOf(c, from, counted.where, counted.params);
  cache.rememberTotal(table.name, view, baseRows, total);
  return total;
}

/**
 * One page of any case table, paged in SQL. Unsorted, unfiltered pages seek by rowid; on the big append-only tables
 * a cache (when given) makes that seek skip row groups and remembers filtered totals, answering exactly as the plain
 * SQL in `sql` would. Personal columns are masked unless revealed (audited).
 */
export async function tablePage(c: DuckDBConnection, req: PageRequest, cache?: PageCache): Promise<TablePageDto> {
  const table = await requireTable(c, req.table);
  if (req.sort) requireColumn(table, req.sort.column);
  const { where, params } = filterSql(table, req.filters, 3);
  const select = table.columns.map((col) => `CAST(${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
  const from = sqlIdent(table.name);
  const seek = !req.sort && req.filters.length === 0;
  const sql = seek
    ? `SELECT ${select} FROM ${from} WHERE rowid >= $1 ORDER BY rowid LIMIT $2`
    : `SELECT ${select} FROM ${from} AS t ${where} ORDER BY ${req.sort ? `t.${sqlIdent(req.sort.column)} ${req.sort.desc ? 'DESC' : 'ASC'} NULLS LAST, ` : ''}t.rowid LIMIT $2 OFFSET $1`;
  const sought =
    seek && cache?.covers(table)
      ? await inSnapshot(c, async () => {
          const rows = await countOf(c, from);
          const raw = await seekPage(c, cache, table, select, req, rows);
          return raw && { raw, total: rows };
        })
      : null;
  const { raw, total } =
    sought ?? (await inSnapshot(c, async () => ({ raw: await rowsOf(c, sql, [req.offset, req.limit, ...params]), total: await filteredTotal(c, table, req.filters, cache) })));
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

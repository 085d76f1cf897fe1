import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { TableInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import { queryOne } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';
import type { PageCache } from './PageCache';
import { seekRows, type Rows } from './seekRows';
import { seekSpan } from './seekSpan';
import { tableState } from './tableState';

/** What the data view asks for. */
export interface PageRequest {
  table: string;
  offset: number;
  limit: number;
  sort?: { column: string; desc: boolean } | undefined;
  filters: Filter[];
  reveal: boolean;
}

async function rowsOf(c: DuckDBConnection, sql: string, params: DuckDBValue[]): Promise<Rows> {
  return (await c.runAndReadAll(sql, params)).getRowsJson() as Rows;
}

async function countOf(c: DuckDBConnection, from: string, where = '', params: DuckDBValue[] = []): Promise<number> {
  return (await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${from} ${where}`, params)).total;
}

/** Runs `fn` in one read transaction, so a page and its total come from the same snapshot. */
async function inSnapshot<T>(c: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await c.run('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    await c.run('ROLLBACK');
    throw e;
  }
  await c.run('COMMIT');
  return result;
}

/**
 * The common case in one statement (one snapshot, one round trip): the page through the table's built seek index,
 * with the table's row count and coverage fingerprint alongside, accepted only when both still match what the
 * description and index were made from. Null otherwise (the caller takes the checked path).
 */
async function optimisticSeek(c: DuckDBConnection, cache: PageCache, req: PageRequest): Promise<{ table: TableInfoDto; raw: Rows; total: number } | null> {
  const known = cache.tableInfo(req.table);
  const index = cache.builtSeekIndex(req.table);
  const span = known && index && seekSpan(index, req.offset, req.limit);
  if (!known || !index || !span) return null;
  const got = await seekRows(c, req.table, selectOf(known.table), known.table.columns.length, span, true);
  if (!got || got.state?.rows !== index.rows || got.state.classes !== known.classes) return null;
  cache.hits.seek++;
  return { table: known.table, raw: got.rows, total: index.rows };
}

/** The VARCHAR select list of a page of `table`. */
function selectOf(table: TableInfoDto): string {
  return table.columns.map((col) => `CAST(${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
}

/**
 * An unsorted, unfiltered page of a covered table, all in one snapshot: the table's description from the cache while
 * its coverage fingerprint holds (else read afresh), its count, and the rows through the seek index. Null when the
 * table is not covered or the index cannot answer yet.
 */
async function cachedSeek(c: DuckDBConnection, cache: PageCache, req: PageRequest): Promise<{ table: TableInfoDto; raw: Rows; total: number } | null> {
  const known = cache.tableInfo(req.table);
  const state = known ? await tableState(c, req.table) : null;
  let table = known && state && state.classes === known.classes ? known.table : null;
  let rows = state?.rows ?? 0;
  if (!table) {
    table = await requireTable(c, req.table);
    if (!cache.covers(table)) return null;
    const fresh = await tableState(c, table.name);
    cache.rememberTable(table, fresh.classes);
    rows = fresh.rows;
  }
  const raw = await seekPage(c, cache, table, selectOf(table), req, rows);
  return raw && { table, raw, total: rows };
}

/**
 * An unsorted, unfiltered page through the seek index: the page's rowids plus key ranges that let DuckDB skip every
 * other row group. Exact, since the key filters hold for every row of the span; null sends the caller to plain SQL.
 */
async function seekPage(c: DuckDBConnection, cache: PageCache, table: TableInfoDto, select: string, req: PageRequest, rows: number): Promise<Rows | null> {
  const index = cache.seekIndex(table, rows);
  const span = index && seekSpan(index, req.offset, req.limit);
  const got = span && (await seekRows(c, table.name, select, table.columns.length, span, false));
  if (!got) return null;
  cache.hits.seek++;
  return got.rows;
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
 * SQL in `sql` would. Values are clear here: the guard masks them.
 */
export async function tablePage(c: DuckDBConnection, req: PageRequest, cache?: PageCache): Promise<TablePageDto> {
  const covered = cache?.mayCover(req.table) && !req.sort && req.filters.length === 0 ? cache : undefined;
  const fast = covered ? ((await optimisticSeek(c, covered, req).catch(() => null)) ?? (await inSnapshot(c, () => cachedSeek(c, covered, req)).catch(() => null))) : null;
  if (fast) return pageDto(req, fast.table, fast.raw, fast.total, selectOf(fast.table));
  const table = await requireTable(c, req.table);
  if (req.sort) requireColumn(table, req.sort.column);
  const { where, params } = filterSql(table, req.filters, 3);
  const select = selectOf(table);
  const seek = !req.sort && req.filters.length === 0;
  const sql = seek ? seekSql(table, select) : sortedSql(table, where, req.sort);
  const { raw, total } = await inSnapshot(c, async () => ({
    raw: await rowsOf(c, sql, [req.offset, req.limit, ...params]),
    total: await filteredTotal(c, table, req.filters, cache),
  }));
  return pageDto(req, table, raw, total, select, sql);
}

/**
 * A sorted or filtered page: the sort picks the page's rowids from the sort key and rowid alone, then only those rows
 * are read and cast, in the same order (sorting the narrow key and rowid is cheaper than sorting every column, and gives the same rows).
 */
function sortedSql(table: TableInfoDto, where: string, sort: PageRequest['sort']): string {
  const dir = sort?.desc ? 'DESC' : 'ASC';
  const key = sort ? `t.${sqlIdent(sort.column)}` : '';
  const picked = `SELECT ${sort ? `${key} AS k, ` : ''}t.rowid AS rid FROM ${sqlIdent(table.name)} AS t ${where} ORDER BY ${sort ? `${key} ${dir} NULLS LAST, ` : ''}t.rowid LIMIT $2 OFFSET $1`;
  const select = table.columns.map((col) => `CAST(t.${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
  return `WITH page AS (${picked}) SELECT ${select} FROM page JOIN ${sqlIdent(table.name)} AS t ON t.rowid = page.rid ORDER BY ${sort ? `page.k ${dir} NULLS LAST, ` : ''}page.rid`;
}

/** The plain SQL of an unsorted, unfiltered page, shown to the analyst whichever way the rows were fetched. */
function seekSql(table: TableInfoDto, select: string): string {
  return `SELECT ${select} FROM ${sqlIdent(table.name)} WHERE rowid >= $1 ORDER BY rowid LIMIT $2`;
}

/** Shapes the page in clear; the guard (privacy/guardPersonalData) masks its personal columns unless the call is an audited reveal. */
function pageDto(req: PageRequest, table: TableInfoDto, raw: Rows, total: number, select: string, sql = seekSql(table, select)): TablePageDto {
  return {
    table: table.name,
    columns: table.columns,
    rows: raw,
    offset: req.offset,
    total,
    revealed: req.reveal,
    sql,
  };
}

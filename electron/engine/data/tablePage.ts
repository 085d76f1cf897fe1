import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import { fastOrPlain } from '../sql/FastPath';
import { queryOne, type SqlValues } from '../sql/queryRows';
import { sqlParams, type SqlPart } from '../sql/SqlPart';
import { sqlIdent } from '../sql/sqlString';
import { requireColumn, requireTable } from './caseTables';
import { filterSql, type Filter } from './filterSql';
import { inSnapshot } from './inSnapshot';
import type { PageCache } from './PageCache';
import { pageSeek } from './pageSeek';
import { pageDto, seekSql, type PageRequest } from './pageShape';
import type { Rows } from './seekRows';

async function rowsOf(c: DuckDBConnection, sql: string, params: SqlValues): Promise<Rows> {
  return (await c.runAndReadAll(sql, params)).getRowsJson() as Rows;
}

async function countOf(c: DuckDBConnection, table: TableInfoDto, where: SqlPart = { sql: 'true', params: {} }): Promise<number> {
  return (await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${sqlIdent(table.name)} WHERE ${where.sql}`, where.params)).total;
}

/** The total of a filtered view: remembered per (table, filters) on the cached tables while their row count holds, since they change only by ingest. */
async function filteredTotal(c: DuckDBConnection, table: TableInfoDto, where: SqlPart, filters: Filter[], cache: PageCache | undefined): Promise<number> {
  if (!cache?.covers(table) || filters.length === 0) return countOf(c, table, where);
  const view = JSON.stringify(filters);
  const baseRows = await countOf(c, table);
  const known = cache.total(table.name, view, baseRows);
  if (known !== undefined) {
    cache.hits.total++;
    return known;
  }
  const total = await countOf(c, table, where);
  cache.rememberTotal(table.name, view, baseRows, total);
  return total;
}

/**
 * A sorted or filtered page: the sort picks the page's rowids from the sort key and rowid alone, then only those rows
 * are read and cast, in the same order (sorting the narrow key and rowid is cheaper than sorting every column, and gives the same rows).
 */
function sortedSql(table: TableInfoDto, where: SqlPart, sort: PageRequest['sort']): string {
  const dir = sort?.desc ? 'DESC' : 'ASC';
  const key = sort ? `t.${sqlIdent(sort.column)}` : '';
  const picked = `SELECT ${sort ? `${key} AS k, ` : ''}t.rowid AS rid FROM ${sqlIdent(table.name)} AS t WHERE ${where.sql} ORDER BY ${sort ? `${key} ${dir} NULLS LAST, ` : ''}t.rowid LIMIT $limit OFFSET $offset`;
  const select = table.columns.map((col) => `CAST(t.${sqlIdent(col.name)} AS VARCHAR) AS ${sqlIdent(col.name)}`).join(', ');
  return `WITH page AS (${picked}) SELECT ${select} FROM page JOIN ${sqlIdent(table.name)} AS t ON t.rowid = page.rid ORDER BY ${sort ? `page.k ${dir} NULLS LAST, ` : ''}page.rid`;
}

/**
 * What a page means: one page of any case table in SQL, unsorted pages by rowid, sorted or filtered ones through
 * `sortedSql`, with the total in the same snapshot (filtered totals remembered through `cache` when given). Values
 * are clear here: the guard masks them.
 */
export async function plainTablePage(c: DuckDBConnection, req: PageRequest, cache?: PageCache): Promise<TablePageDto> {
  const table = await requireTable(c, req.table);
  if (req.sort) requireColumn(table, req.sort.column);
  const where = filterSql(table, req.filters);
  const sql = !req.sort && req.filters.length === 0 ? seekSql(table) : sortedSql(table, where, req.sort);
  const params = sqlParams(where, { params: { offset: req.offset, limit: req.limit } });
  const { rows, total } = await inSnapshot(c, async () => ({
    rows: await rowsOf(c, sql, params),
    total: await filteredTotal(c, table, where, req.filters, cache),
  }));
  return pageDto(req, table, rows, total, sql);
}

/** One page of any case table; with the case's page cache, unsorted pages of the big tables go through their seek index (pageSeek). */
export function tablePage(c: DuckDBConnection, req: PageRequest, cache?: PageCache): Promise<TablePageDto> {
  if (!cache) return plainTablePage(c, req);
  return fastOrPlain(c, req, pageSeek(cache), (c2, r) => plainTablePage(c2, r, cache));
}

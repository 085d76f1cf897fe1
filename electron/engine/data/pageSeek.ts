import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableInfoDto, TablePageDto } from '../../../shared/api/dataApi';
import type { FastAnswer, FastPath } from '../sql/FastPath';
import { requireTable } from './caseTables';
import { inSnapshot } from './inSnapshot';
import type { PageCache } from './PageCache';
import { pageDto, seekSql, selectOf, type PageRequest } from './pageShape';
import { seekRows } from './seekRows';
import { seekSpan } from './seekSpan';
import { tableState } from './tableState';

/**
 * The data view's fast path: an unsorted, unfiltered page of a big append-only table read through its seek index (the
 * page's rowids plus key ranges that let DuckDB skip every other row group), exactly the rows of the plain rowid seek.
 * It tries, in order:
 *  1. the common case in one statement (one snapshot, one round trip): the page through the index as last built, with
 *     the table's row count and coverage fingerprint read alongside, kept only when both match what the cached
 *     description and index were made from;
 *  2. otherwise, in one snapshot: the table's state, its description (from the cache while its coverage fingerprint
 *     holds, else read afresh), and the page through an index current for that row count.
 * 'no' when the page is sorted or filtered, the table is not one the cache covers, its index is not built for the
 * current rows yet (a build then starts in the background), no key narrows the page, or a row of the span is missing.
 */
export function pageSeek(cache: PageCache): FastPath<PageRequest, TablePageDto> {
  return {
    async answer(c, req) {
      if (req.sort || req.filters.length > 0 || !cache.mayCover(req.table)) return 'no';
      const quick = await inOneStatement(c, cache, req);
      return quick !== 'no' ? quick : inSnapshot(c, () => checked(c, cache, req));
    },
  };
}

/** Try 1: the page and the table's state in one statement, through what the cache already holds. */
async function inOneStatement(c: DuckDBConnection, cache: PageCache, req: PageRequest): Promise<FastAnswer<TablePageDto>> {
  const known = cache.tableInfo(req.table);
  const index = cache.builtSeekIndex(req.table);
  const span = known && index && seekSpan(index, req.offset, req.limit);
  if (!known || !index || !span) return 'no';
  const got = await seekRows(c, req.table, selectOf(known.table), known.table.columns.length, span, true);
  if (!got || got.state?.rows !== index.rows || got.state.classes !== known.classes) return 'no';
  cache.hits.seek++;
  return { answer: pageDto(req, known.table, got.rows, index.rows, seekSql(known.table)) };
}

/** Try 2, inside one snapshot: the table's current state and description, then the page through an index current for it. */
async function checked(c: DuckDBConnection, cache: PageCache, req: PageRequest): Promise<FastAnswer<TablePageDto>> {
  const known = cache.tableInfo(req.table);
  const state = known ? await tableState(c, req.table) : null;
  let table: TableInfoDto | null = known && state && state.classes === known.classes ? known.table : null;
  let rows = state?.rows ?? 0;
  if (!table) {
    table = await requireTable(c, req.table);
    if (!cache.covers(table)) return 'no';
    const fresh = await tableState(c, table.name);
    cache.rememberTable(table, fresh.classes);
    rows = fresh.rows;
  }
  const index = cache.seekIndex(table, rows);
  const span = index && seekSpan(index, req.offset, req.limit);
  const got = span && (await seekRows(c, table.name, selectOf(table), table.columns.length, span, false));
  if (!got) return 'no';
  cache.hits.seek++;
  return { answer: pageDto(req, table, got.rows, rows, seekSql(table)) };
}

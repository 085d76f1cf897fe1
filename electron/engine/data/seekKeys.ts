import type { TableInfoDto } from '../../../shared/api/dataApi';

/** Integer types whose per-row-group min/max DuckDB keeps as zone maps, so a range filter on them skips row groups. */
const integerTypes = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT']);

/** Columns that usually follow load order (line numbers, raw offsets, source ids), tried first. */
const preferred = ['_line', 'raw_ref', 'source_id'];

/**
 * Picks up to three integer columns of `table` to seek by: DuckDB does not prune row groups by rowid, but it
 * does by a range on a stored column, so a rowid page is narrowed by the range its rows take in these columns.
 */
export function seekKeys(table: TableInfoDto): string[] {
  const ints = table.columns.filter((c) => integerTypes.has(c.type)).map((c) => c.name);
  const rank = (name: string): number => (preferred.includes(name) ? preferred.indexOf(name) : preferred.length);
  return [...ints].sort((a, b) => rank(a) - rank(b)).slice(0, 3);
}

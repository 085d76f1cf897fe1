import { sqlIdent } from '../../../sql/sqlString';

/** The quoted name of the table holding a leak source's rows as loaded. */
export function leakTable(sourceId: number): string {
  return sqlIdent(`leak_${sourceId}`);
}

/** Marks the name of a leak table whose load is not finished yet; the Data view lists no such table and opening a case drops them. */
export const loadingSuffix = '_loading';

/** The unquoted name of a leak source's table while its load finishes (lines being numbered); renamed to `leak_<id>` when done. */
export function leakLoadingName(sourceId: number): string {
  return `leak_${sourceId}${loadingSuffix}`;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { dayMs, dayWindow, type DayWindow } from './dayWindow';
import type { OptionalRange } from './rollupCovers';
import { sqlBin } from '../sql/sqlBin';

/** The day window of a UI range, an open bound closed at the day of the case's first or last sign-in (why: the day rollups need both ends); null when the range is empty. */
export async function rangeWindow(c: DuckDBConnection, range: OptionalRange): Promise<DayWindow | null> {
  let from = range.from ? Date.parse(range.from) : undefined;
  let to = range.to ? Date.parse(range.to) : undefined;
  if (from === undefined || to === undefined) {
    const span = await queryOne<{ first: number | null; last: number | null }>(
      c,
      `SELECT epoch_ms(${sqlBin('min(lo)', dayMs / 1000)})::DOUBLE AS first, epoch_ms(${sqlBin('max(hi)', dayMs / 1000)})::DOUBLE AS last FROM rollup.signin_1m`,
    );
    if (span.first === null || span.last === null) return null;
    from ??= span.first;
    to ??= span.last + dayMs;
  }
  return dayWindow(from, to);
}

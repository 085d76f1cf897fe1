import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { rollupSeconds } from './signinRollup';
import { timeRange } from '../sql/timeRange';

/** A half-open [from, to) time range of the UI, either bound optional. */
export interface OptionalRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** True when an optional ISO bound falls on a minute-rollup bin boundary, so the minute rollup answers exactly. */
export function alignedToRollup(bound: string | undefined): boolean {
  return bound === undefined || Date.parse(bound) % (rollupSeconds * 1000) === 0;
}

/**
 * True when the range holds every sign-in of the case (no bounds, or bounds around the first and last event),
 * so whole-case totals answer it exactly; read from the minute rollup's first and last event per bin.
 */
export async function rollupCovers(c: DuckDBConnection, range: OptionalRange): Promise<boolean> {
  if (!range.from && !range.to) return true;
  const lo = timeRange(range, 1, 'lo');
  const hi = timeRange(range, 1, 'hi');
  const { outside } = await queryOne<{ outside: number }>(
    c,
    `SELECT count(*) FILTER (WHERE NOT (true${lo.sql}${hi.sql}))::INTEGER AS outside FROM rollup.signin_1m`,
    lo.params,
  );
  return outside === 0;
}

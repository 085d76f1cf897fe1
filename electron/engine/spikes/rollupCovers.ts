import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { sqlParams } from '../sql/SqlPart';
import { timeRange, type OptionalRange } from '../sql/timeRange';
import { rollupSeconds } from './signinRollup';

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
  const lo = timeRange(range, { col: 'lo' });
  const hi = timeRange(range, { col: 'hi' });
  const { outside } = await queryOne<{ outside: number }>(
    c,
    `SELECT count(*) FILTER (WHERE NOT (${lo.sql} AND ${hi.sql}))::INTEGER AS outside FROM rollup.signin_1m`,
    sqlParams(lo, hi),
  );
  return outside === 0;
}

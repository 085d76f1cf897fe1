import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../db/queryRows';
import { sqlBin } from './sqlBin';

/** Width of the sign-in rollup's bins; the chart's default bin and a divisor of every wider one it asks for. */
export const rollupSeconds = 300;

/**
 * Rebuilds the 5-minute sign-in rollup (failed and successful counts per epoch-aligned UTC bin, with the
 * first and last event of each bin) inside the ingest's transaction, so chart queries never scan `signin`.
 */
export async function refreshSigninRollup(c: DuckDBConnection): Promise<void> {
  await c.run(
    `CREATE OR REPLACE TABLE signin_rollup_5m AS
     SELECT b, count(*) FILTER (WHERE success IS NOT TRUE)::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success,
            min(ts) AS lo, max(ts) AS hi
     FROM (SELECT ${sqlBin('ts', rollupSeconds)} AS b, success, ts FROM signin) GROUP BY b ORDER BY b`,
  );
}

/** True when the case has a rollup that is current for `signin` (same total count). */
export async function hasCurrentRollup(c: DuckDBConnection): Promise<boolean> {
  const { present } = await queryOne<{ present: number }>(c, `SELECT count(*)::INTEGER AS present FROM duckdb_tables() WHERE table_name = 'signin_rollup_5m'`);
  if (!present) return false;
  const { same } = await queryOne<{ same: boolean }>(
    c,
    `SELECT (SELECT coalesce(sum(failed + success), 0) FROM signin_rollup_5m) = (SELECT count(*) FROM signin) AS same`,
  );
  return same;
}

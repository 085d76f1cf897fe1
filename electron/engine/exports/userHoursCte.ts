import type { ExportParams } from '../../../shared/api/detectParams';
import { sqlBin } from '../sql/sqlBin';

/** Name of the user-hour rollup (schema `rollup` holds derived tables, kept out of the Data view) that each transfer ingest rebuilds (measure 'auto'), so the export detectors never re-aggregate `transfer`. */
export const userHourRollupTable = 'rollup.transfer_user_hour';
/** The reference statistics per unit over the rollup's user-hours, and how many `transfer` rows the rollups were built from. */
export const userHourStatsTable = 'rollup.transfer_user_hour_stats';
/** Each distinct `transfer` user (NULL included) numbered, so the user-hour rollup stores a 4-byte key instead of the name (the name column cost more to write than the whole aggregation). */
export const transferUsersTable = 'rollup.transfer_users';

/** The unit name of a rollup row, which stores it as a flag (true: summed bytes, false: counted events). */
export function unitOfRollup(flag: string): string {
  return `CASE WHEN ${flag} THEN 'bytes' ELSE 'events' END`;
}

/** Where `user_hour` comes from: a fresh aggregation of `transfer`, or the rollup built at ingest (same rows, see transferRollup.test.ts). */
export type UserHourSource = 'scan' | 'rollup';

/**
 * CTE `user_hour(user, unit, hour, xi, x, h)`: per (user, UTC hour floor) the summed bytes, or the event count for
 * sources without byte counts (measure 'auto'), exact as HUGEINT `xi` and as DOUBLE `x`, with `h` the hour's index
 * since the epoch. From the rollup when the caller found it current (measures 'auto' and 'bytes'), else aggregated here.
 */
export function userHoursCte(measure: ExportParams['measure'], from: UserHourSource = 'scan'): string {
  if (from === 'rollup' && measure !== 'events') {
    return `user_hour AS NOT MATERIALIZED (
  -- ${userHourRollupTable}: user-hour sums of transfer (measure 'auto'), rebuilt after every transfer ingest commits
  SELECT u."user", ${unitOfRollup('r.counts_bytes')} AS unit, make_timestamptz(r.h * 3600000000) AS hour, r.x::HUGEINT AS xi, r.x::DOUBLE AS x, r.h
  FROM ${userHourRollupTable} r JOIN ${transferUsersTable} u ON u.uid = r.uid${measure === 'bytes' ? ' WHERE r.counts_bytes' : ''}
)`;
  }
  const unit =
    measure === 'auto'
      ? `CASE WHEN bool_or(bytes IS NOT NULL) THEN 'bytes' ELSE 'events' END`
      : `'${measure === 'bytes' ? 'bytes' : 'events'}'`;
  return `src_unit AS (
  SELECT source_id, ${unit} AS unit FROM transfer GROUP BY source_id
),
user_hour AS MATERIALIZED (
  SELECT *, epoch_us(hour) // 3600000000 AS h FROM (
    SELECT t."user", u.unit, ${sqlBin('t.ts', 3600)} AS hour,
           (CASE WHEN u.unit = 'bytes' THEN sum(t.bytes) ELSE count(*) END)::HUGEINT AS xi,
           (CASE WHEN u.unit = 'bytes' THEN sum(t.bytes) ELSE count(*) END)::DOUBLE AS x
    FROM transfer t JOIN src_unit u ON u.source_id = t.source_id
    WHERE u.unit = 'events' OR t.bytes IS NOT NULL
    GROUP BY t."user", u.unit, hour
  )
)`;
}

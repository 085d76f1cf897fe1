import type { ExportParams } from '../../../shared/api/detectParams';
import { userHourStatsTable, type UserHourSource } from './userHoursCte';

/**
 * CTE `stats(unit, n, mean, sd)`: the mean and sample standard deviation over all user-hours, from exact integer sums
 * (sd = sqrt((n·Σx² − (Σx)²) / (n(n − 1))), the same value as stddev_samp) so parallel aggregation cannot change a digit;
 * read from the statistics stored with the rollup when `user_hour` comes from it.
 */
export function userHourStatsCte(measure: ExportParams['measure'], from: UserHourSource = 'scan'): string {
  if (from === 'rollup' && measure !== 'events') {
    return `stats AS (
  SELECT unit, n, mean, sd FROM ${userHourStatsTable}${measure === 'bytes' ? ` WHERE unit = 'bytes'` : ''}
)`;
  }
  return statsFromSums(`SELECT unit, count(*)::HUGEINT AS n, sum(xi)::HUGEINT AS s1, sum(xi * xi)::HUGEINT AS s2 FROM user_hour GROUP BY unit`);
}

/** CTE `stats(unit, n, mean, sd)` from a query of the exact sums per unit `(unit, n, s1 = Σx, s2 = Σx²)`, all HUGEINT: the one place of the formula. */
export function statsFromSums(sums: string): string {
  return `stats AS (
  SELECT unit, n, s1::DOUBLE / n AS mean,
         CASE WHEN n > 1 THEN sqrt((n * s2 - s1 * s1)::DOUBLE / (n * (n - 1))::DOUBLE) END AS sd
  FROM (${sums})
)`;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferencePageDto, ExportReferenceRowDto, ExportStatsDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../db/queryRows';
import { pageOf } from './pageOf';
import { sqlIso } from './sqlIso';
import { userHoursCte } from './userHoursCte';

/**
 * CTE `stats(unit, n, mean, sd)`: the mean and sample standard deviation over all user-hours, from exact integer sums
 * (sd = sqrt((n·Σx² − (Σx)²) / (n(n − 1))), the same value as stddev_samp) so parallel aggregation cannot change a digit.
 */
export const userHourStatsCte = `stats AS (
  SELECT unit, n, s1::DOUBLE / n AS mean,
         CASE WHEN n > 1 THEN sqrt((n * s2 - s1 * s1)::DOUBLE / (n * (n - 1))::DOUBLE) END AS sd
  FROM (SELECT unit, count(*)::HUGEINT AS n, sum(xi)::HUGEINT AS s1, sum(xi * xi)::HUGEINT AS s2 FROM user_hour GROUP BY unit)
)`;

/** The reference z-score as SQL, in two passes: aggregate user-hours, then join each to the global statistics; anomaly where z > limit. */
export function referenceZScoreSql(p: ExportParams['reference'], measure: ExportParams['measure']): string {
  return `WITH ${userHoursCte(measure)},
${userHourStatsCte}
SELECT h."user", ${sqlIso('h.hour')} AS hour, h.unit, h.x AS bytes, abs(h.x - s.mean) / s.sd AS z
FROM user_hour h JOIN stats s ON s.unit = h.unit
WHERE s.sd > 0 AND abs(h.x - s.mean) / s.sd > ${p.zLimit}
ORDER BY hour, h."user" NULLS FIRST, h.unit`;
}

/** The population statistics per unit, for display next to the anomalies. */
export async function userHourStats(c: DuckDBConnection, measure: ExportParams['measure']): Promise<ExportStatsDto[]> {
  return queryRows<ExportStatsDto>(
    c,
    `WITH ${userHoursCte(measure)}, ${userHourStatsCte}
     SELECT unit, n::DOUBLE AS "userHours", mean, sd AS stddev FROM stats ORDER BY unit`,
  );
}

/** One page of reference z-score anomalies, with the parameters, statistics and SQL behind them. */
export async function referenceZScore(c: DuckDBConnection, p: ExportParams, offset: number, limit: number): Promise<ExportReferencePageDto> {
  const sql = referenceZScoreSql(p.reference, p.measure);
  const { total, rows } = await pageOf<ExportReferenceRowDto>(c, sql, offset, limit);
  return { params: { ...p.reference, measure: p.measure }, stats: await userHourStats(c, p.measure), sql, total, rows };
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferencePageDto, ExportReferenceRowDto, ExportStatsDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../db/queryRows';
import { pageOf } from './pageOf';
import { sqlIso } from './sqlIso';
import { userHourSourceOf } from './userHourSourceOf';
import { userHoursCte, type UserHourSource } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';

/** The reference z-score as SQL, in two passes: aggregate user-hours, then join each to the global statistics; anomaly where z > limit. */
export function referenceZScoreSql(p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource = 'scan'): string {
  return `WITH ${userHoursCte(measure, from)},
${userHourStatsCte(measure, from)}
SELECT h."user", ${sqlIso('h.hour')} AS hour, h.unit, h.x AS bytes, abs(h.x - s.mean) / s.sd AS z
FROM user_hour h JOIN stats s ON s.unit = h.unit
WHERE s.sd > 0 AND abs(h.x - s.mean) / s.sd > ${p.zLimit}
ORDER BY hour, h."user" NULLS FIRST, h.unit`;
}

/** The population statistics per unit, for display next to the anomalies. */
export async function userHourStats(c: DuckDBConnection, measure: ExportParams['measure'], from: UserHourSource = 'scan'): Promise<ExportStatsDto[]> {
  return queryRows<ExportStatsDto>(
    c,
    `WITH ${userHoursCte(measure, from)}, ${userHourStatsCte(measure, from)}
     SELECT unit, n::DOUBLE AS "userHours", mean, sd AS stddev FROM stats ORDER BY unit`,
  );
}

/** One page of reference z-score anomalies, with the parameters, statistics and SQL behind them. */
export async function referenceZScore(c: DuckDBConnection, p: ExportParams, offset: number, limit: number): Promise<ExportReferencePageDto> {
  const from = await userHourSourceOf(c, p.measure);
  const sql = referenceZScoreSql(p.reference, p.measure, from);
  const { total, rows } = await pageOf<ExportReferenceRowDto>(c, sql, offset, limit);
  return { params: { ...p.reference, measure: p.measure }, stats: await userHourStats(c, p.measure, from), sql, total, rows };
}

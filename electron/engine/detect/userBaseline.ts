import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselinePageDto, ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import { pageOf } from './pageOf';
import { userHourStatsCte } from './referenceZScore';
import { sqlIso } from './sqlIso';
import { userHoursCte } from './userHoursCte';

/**
 * Per-user robust baseline as SQL. Each user-hour is scored against the user's other active hours in a window
 * of ±baselineDays (or the past only) that excludes the hour under test: score = (x − median) / max(1.4826·MAD,
 * minScaleShare·median, 1), taking the lower of the scores against all hours and against the same hour of day,
 * so a nightly job is judged against other nights. Flagged when the score exceeds the limit and x reaches the
 * absolute floor; a user with too little history is flagged only when the reference z-score also flags the hour.
 */
export function userBaselineSql(p: ExportParams): string {
  const b = p.baseline;
  const span = b.baselineDays * 24;
  const frame = `RANGE BETWEEN INTERVAL ${span} HOUR PRECEDING AND ${b.side === 'past' ? 'INTERVAL 1 HOUR PRECEDING' : `INTERVAL ${span} HOUR FOLLOWING`} EXCLUDE CURRENT ROW`;
  const robust = (x: string, med: string, mad: string) => `(${x} - ${med}) / greatest(1.4826 * ${mad}, ${b.minScaleShare} * ${med}, 1)`;
  return `WITH ${userHoursCte(p.measure)},
${userHourStatsCte},
scored AS (
  SELECT "user", unit, hour, x,
         median(x) OVER w_all AS med, mad(x) OVER w_all AS mad, count(x) OVER w_all AS n,
         median(x) OVER w_hod AS hmed, mad(x) OVER w_hod AS hmad, count(x) OVER w_hod AS hn
  FROM user_hour
  WINDOW w_all AS (PARTITION BY "user", unit ORDER BY hour ${frame}),
         w_hod AS (PARTITION BY "user", unit, date_part('hour', hour AT TIME ZONE 'UTC') ORDER BY hour ${frame})
),
judged AS (
  SELECT s.*,
         CASE WHEN s.unit = 'bytes' THEN ${b.floorBytes} ELSE ${b.floorEvents} END AS floor,
         CASE WHEN s.n >= ${b.minBaselineHours}
              THEN least(${robust('s.x', 's.med', 's.mad')}, coalesce(CASE WHEN s.hn >= ${b.minBaselineHours} THEN ${robust('s.x', 's.hmed', 's.hmad')} END, ${robust('s.x', 's.med', 's.mad')}))
         END AS score,
         CASE WHEN s.hn >= ${b.minBaselineHours} THEN s.hmed END AS hod_median,
         abs(s.x - st.mean) / nullif(st.sd, 0) AS z
  FROM scored s JOIN stats st ON st.unit = s.unit
)
SELECT "user", ${sqlIso('hour')} AS hour, unit, x AS bytes, med AS median, mad, n::DOUBLE AS "baselineHours",
       hod_median AS "hourOfDayMedian", score,
       CASE WHEN n >= ${b.minBaselineHours} THEN 'baseline' ELSE 'no_history' END AS reason
FROM judged
WHERE x >= floor AND (score > ${b.scoreLimit} OR (n < ${b.minBaselineHours} AND z > ${p.reference.zLimit}))
ORDER BY hour, "user" NULLS FIRST, unit`;
}

/** One page of user-hours flagged against their own baseline, with the parameters and SQL behind them. */
export async function userBaseline(c: DuckDBConnection, p: ExportParams, offset: number, limit: number): Promise<ExportBaselinePageDto> {
  const sql = userBaselineSql(p);
  const { total, rows } = await pageOf<ExportBaselineRowDto>(c, sql, offset, limit);
  return { params: { ...p.baseline, measure: p.measure }, sql, total, rows };
}

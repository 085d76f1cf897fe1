import type { ExportParams } from '../../shared/api/detectParams';
import { userHoursCte } from '../../electron/engine/exports/userHoursCte';

/**
 * The per-user baseline computed for candidate hours only: only user-hours at or above the absolute floor
 * can be flagged, so their medians and MADs come from a bounded self-join (same user, ±baselineDays, not the
 * same hour) grouped per candidate, instead of moving-window medians over every user-hour (the MAD form the engine
 * used before it adopted the same idea); the count of flagged hours is returned.
 */
export function baselineCandidatesSql(p: ExportParams): string {
  const b = p.baseline;
  const span = b.baselineDays * 24;
  const upper = b.side === 'past' ? `c.hour - INTERVAL 1 HOUR` : `c.hour + INTERVAL ${span} HOUR`;
  const robust = (x: string, med: string, mad: string) => `(${x} - ${med}) / greatest(1.4826 * ${mad}, ${b.minScaleShare} * ${med}, 1)`;
  const sameHod = `date_part('hour', o.hour AT TIME ZONE 'UTC') = date_part('hour', c.hour AT TIME ZONE 'UTC')`;
  return `WITH ${userHoursCte(p.measure)},
stats AS (SELECT unit, avg(x) AS mean, stddev_samp(x) AS sd FROM user_hour GROUP BY unit),
cand AS (SELECT * FROM user_hour WHERE x >= CASE WHEN unit = 'bytes' THEN ${b.floorBytes} ELSE ${b.floorEvents} END),
nb AS (
  SELECT c."user", c.unit, c.hour, any_value(c.x) AS x,
         median(o.x) AS med, mad(o.x) AS mad, count(o.x) AS n,
         median(o.x) FILTER (WHERE ${sameHod}) AS hmed, mad(o.x) FILTER (WHERE ${sameHod}) AS hmad, count(o.x) FILTER (WHERE ${sameHod}) AS hn
  FROM cand c LEFT JOIN user_hour o
    ON o."user" IS NOT DISTINCT FROM c."user" AND o.unit = c.unit AND o.hour <> c.hour
   AND o.hour BETWEEN c.hour - INTERVAL ${span} HOUR AND ${upper}
  GROUP BY c."user", c.unit, c.hour
)
SELECT count(*) FROM nb JOIN stats st ON st.unit = nb.unit
WHERE (n >= ${b.minBaselineHours} AND least(${robust('x', 'med', 'mad')}, coalesce(CASE WHEN hn >= ${b.minBaselineHours} THEN ${robust('x', 'hmed', 'hmad')} END, ${robust('x', 'med', 'mad')})) > ${b.scoreLimit})
   OR (n < ${b.minBaselineHours} AND abs(x - st.mean) / nullif(st.sd, 0) > ${p.reference.zLimit})`;
}

import type { ExportParams } from '../../shared/api/detectParams';

/**
 * The per-user baseline (docs/design.md §1) in plain SQL over a table `userHour("user", hour, x)` of byte sums: only
 * user-hours at or above the absolute floor can be flagged, so their medians and MADs come from a bounded self-join
 * (same user, ±baselineDays, not the same hour) grouped per candidate; users with too few hours fall back to the
 * reference z-score. Returns the flagged user-hours with their score.
 */
export function baselineCandidatesSql(p: ExportParams, userHour: string): string {
  const b = p.baseline;
  const span = b.baselineDays * 24;
  const upper = b.side === 'past' ? `c.hour - INTERVAL 1 HOUR` : `c.hour + INTERVAL ${span} HOUR`;
  const robust = (x: string, med: string, mad: string) => `(${x} - ${med}) / greatest(1.4826 * ${mad}, ${b.minScaleShare} * ${med}, 1)`;
  const sameHod = `date_part('hour', o.hour) = date_part('hour', c.hour)`;
  return `WITH stats AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM ${userHour}),
cand AS (SELECT * FROM ${userHour} WHERE x >= ${b.floorBytes}),
nb AS (
  SELECT c."user", c.hour, any_value(c.x) AS x,
         median(o.x) AS med, mad(o.x) AS mad, count(o.x) AS n,
         median(o.x) FILTER (WHERE ${sameHod}) AS hmed, mad(o.x) FILTER (WHERE ${sameHod}) AS hmad, count(o.x) FILTER (WHERE ${sameHod}) AS hn
  FROM cand c LEFT JOIN ${userHour} o
    ON o."user" IS NOT DISTINCT FROM c."user" AND o.hour <> c.hour
   AND o.hour BETWEEN c.hour - INTERVAL ${span} HOUR AND ${upper}
  GROUP BY c."user", c.hour
)
SELECT "user", hour, x, CASE WHEN n >= ${b.minBaselineHours} THEN ${robust('x', 'med', 'mad')} ELSE abs(x - st.mean) / nullif(st.sd, 0) END AS score
FROM nb, stats st
WHERE (n >= ${b.minBaselineHours} AND least(${robust('x', 'med', 'mad')}, coalesce(CASE WHEN hn >= ${b.minBaselineHours} THEN ${robust('x', 'hmed', 'hmad')} END, ${robust('x', 'med', 'mad')})) > ${b.scoreLimit})
   OR (n < ${b.minBaselineHours} AND abs(x - st.mean) / nullif(st.sd, 0) > ${p.reference.zLimit})`;
}

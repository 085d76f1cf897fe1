import type { ExportParams } from '../../shared/api/detectParams';

/**
 * The per-user baseline (docs/design.md §1) in plain SQL over a table `userHour("user", hour, x)` of byte sums: only
 * user-hours at or above the absolute floor can be flagged, so each is scored against the same user's other hours
 * within ±baselineDays by a plain range self-join: (x − median) / max(IQR / 1.349, minScaleShare·median, 1), the lower
 * of the scores against all those hours and against the same hour of day; users with too little history fall back to
 * the reference z-score. Returns the flagged user-hours with their score.
 */
export function baselineCandidatesSql(p: ExportParams, userHour: string): string {
  const b = p.baseline;
  const span = b.baselineDays * 24;
  const upper = b.side === 'past' ? `c.hour - INTERVAL 1 HOUR` : `c.hour + INTERVAL ${span} HOUR`;
  const robust = (q: string) => `(x - ${q}[2]) / greatest((${q}[3] - ${q}[1]) / 1.349, ${b.minScaleShare} * ${q}[2], 1)`;
  const sameHod = `date_part('hour', o.hour) = date_part('hour', c.hour)`;
  return `WITH stats AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM ${userHour}),
cand AS (SELECT * FROM ${userHour} WHERE x >= ${b.floorBytes}),
nb AS (
  SELECT c."user", c.hour, any_value(c.x) AS x,
         quantile_cont(o.x, [0.25, 0.5, 0.75]) AS q, count(o.x) AS n,
         quantile_cont(o.x, [0.25, 0.5, 0.75]) FILTER (WHERE ${sameHod}) AS hq, count(o.x) FILTER (WHERE ${sameHod}) AS hn
  FROM cand c LEFT JOIN ${userHour} o
    ON o."user" IS NOT DISTINCT FROM c."user" AND o.hour <> c.hour
   AND o.hour BETWEEN c.hour - INTERVAL ${span} HOUR AND ${upper}
  GROUP BY c."user", c.hour
),
judged AS (
  SELECT nb.*, CASE WHEN n >= ${b.minBaselineHours} THEN least(${robust('q')}, coalesce(CASE WHEN hn >= ${b.minBaselineHours} THEN ${robust('hq')} END, ${robust('q')})) END AS score,
         abs(x - st.mean) / nullif(st.sd, 0) AS z
  FROM nb, stats st
)
SELECT "user", hour, x, score, z FROM judged
WHERE score > ${b.scoreLimit} OR (n < ${b.minBaselineHours} AND z > ${p.reference.zLimit})`;
}

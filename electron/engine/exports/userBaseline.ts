import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselinePageDto, ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import { pageOf } from '../sql/pageOf';
import { sqlIso } from '../sql/sqlIso';
import { userHourSourceOf } from './userHourSourceOf';
import { userHoursCte, type UserHourSource } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';
import { userHourKeysCte, userOfKey } from './userHourKeysCte';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { ReadMemo } from '../db/ReadMemo';
import { baselineRows } from './baselineRows';
import { pageOfKept } from '../db/memoQueryRows';

/**
 * Per-user robust baseline as SQL. Each user-hour at or above the absolute floor is scored against the user's other
 * active hours in a window of ±baselineDays (or the past only) that excludes the hour under test: score =
 * (x − median) / max(IQR / 1.349, minScaleShare·median, 1), taking the lower of the scores against all hours and
 * against the same hour of day, so a nightly job is judged against other nights; beside it, the same robust score on a
 * multiplicative scale (`logScore`: ln(x / median) over the quartiles' log spread ln(Q3 / Q1) / 1.349, at least
 * ln(1 + minScaleShare) and one unit over the median, as the linear score's scale; the higher of the scores against all
 * hours and against the same hour of day, so a job's hour at another time of day stays extreme) and the upper quartile
 * (`upperQuartile`), how extreme the hour is for a user whose volumes spread over orders of magnitude, for the severity
 * (runSeverity, withinHeavyHabit); and the user's largest hour in the
window at least a day (24 h) before and when it was (`priorMax`, `priorMaxHour`: what the user has moved before, for the
severity, runSeverity; the latest of equal ones). Flagged when the score exceeds the
 * limit; a user with too little history is flagged only when the reference z-score also flags the hour. Only hours
 * at or above the floor are scored (no other hour can be flagged), by a range join on an integer hour index; the join
 * also matches on windows of `span` hours (each candidate listing the few windows its range touches), so a candidate
 * meets only the user's hours near it instead of all of them; user-hours are keyed by user number (userHourKeysCte) and
 * named once flagged. Each candidate is numbered once (`cid`; the CTE is materialized so both readers see the same
 * numbers): the window statistics are grouped by that one integer, only the number, the candidate's hour and the other
 * hour's amount travel from the join to the aggregate, and the statistics are joined back to the candidates (a LEFT
 * JOIN: a candidate without another hour in range has n = 0).
 */
export function userBaselineSql(p: ExportParams, from: UserHourSource = 'scan'): string {
  const b = p.baseline;
  const span = b.baselineDays * 24;
  const upperOf = (h: string) => (b.side === 'past' ? `${h} - 1` : `${h} + ${span}`);
  const upper = upperOf('c.h');
  const robust = (q: string) => `(s.x - ${q}[2]) / greatest((${q}[3] - ${q}[1]) / 1.349, ${b.minScaleShare} * ${q}[2], 1)`;
  const logRobust = (q: string) => `ln(greatest(x, 1) / greatest(${q}[2], 1)) / greatest(ln(greatest(${q}[3], 1) / greatest(${q}[1], 1)) / 1.349, ln(1 + ${b.minScaleShare}), ln(1 + 1 / greatest(${q}[2], 1)))`;
  const sameHour = 'o.h % 24 = c.h % 24';
  const before = 'o.h <= c.h - 24';
  return `WITH ${userHoursCte(p.measure, from)},
${userHourStatsCte(p.measure, from)},
${userHourKeysCte(p.measure, from)},
cand AS MATERIALIZED (
  SELECT row_number() OVER () AS cid, * FROM user_hour_keys WHERE x >= CASE WHEN unit = 'bytes' THEN ${b.floorBytes} ELSE ${b.floorEvents} END
),
cand_window AS (SELECT cid, k, unit, h, unnest(range((h - ${span}) // ${span}, (${upperOf('h')}) // ${span} + 1)) AS w FROM cand),
window_stats AS (
  SELECT c.cid,
         quantile_cont(o.x, [0.25, 0.5, 0.75]) AS q, count(o.x) AS n,
         quantile_cont(o.x, [0.25, 0.5, 0.75]) FILTER (WHERE ${sameHour}) AS hq, count(o.x) FILTER (WHERE ${sameHour}) AS hn,
         max({'x': o.x, 'h': o.h}) FILTER (WHERE ${before}) AS pmax
  FROM cand_window c
  JOIN user_hour_keys o ON o.k IS NOT DISTINCT FROM c.k AND o.unit = c.unit AND o.h // ${span} = c.w
   AND o.h >= c.h - ${span} AND o.h <= ${upper} AND o.h <> c.h
  GROUP BY c.cid
),
scored AS (
  SELECT c.k, c.unit, c.h, c.x, w.q, coalesce(w.n, 0) AS n, w.hq, coalesce(w.hn, 0) AS hn, w.pmax
  FROM cand c LEFT JOIN window_stats w ON w.cid = c.cid
),
judged AS (
  SELECT s.*,
         CASE WHEN s.n >= ${b.minBaselineHours}
              THEN least(${robust('s.q')}, coalesce(CASE WHEN s.hn >= ${b.minBaselineHours} THEN ${robust('s.hq')} END, ${robust('s.q')}))
         END AS score,
         CASE WHEN s.hn >= ${b.minBaselineHours} THEN s.hq[2] END AS hod_median,
         abs(s.x - st.mean) / nullif(st.sd, 0) AS z
  FROM scored s JOIN stats st ON st.unit = s.unit
),
flagged AS (
  SELECT * FROM judged WHERE score > ${b.scoreLimit} OR (n < ${b.minBaselineHours} AND z > ${p.reference.zLimit})
)
SELECT "user", ${sqlIso('make_timestamptz(h * 3600000000)')} AS hour, unit, x AS bytes, q[2] AS median, q[3] - q[1] AS iqr, (q[3] - q[1]) / 2 AS mad, n::DOUBLE AS "baselineHours",
       hod_median AS "hourOfDayMedian", pmax.x AS "priorMax", ${sqlIso('make_timestamptz(pmax.h * 3600000000)')} AS "priorMaxHour", score,
       CASE WHEN n >= ${b.minBaselineHours} THEN greatest(${logRobust('q')}, coalesce(CASE WHEN hn >= ${b.minBaselineHours} THEN ${logRobust('hq')} END, ${logRobust('q')})) END AS "logScore",
       q[3] AS "upperQuartile",
       CASE WHEN n >= ${b.minBaselineHours} THEN 'baseline' ELSE 'no_history' END AS reason
FROM ${userOfKey('flagged', p.measure, from)}
ORDER BY hour, "user" NULLS FIRST, unit`;
}

/** One page of user-hours flagged against their own baseline, with the parameters and SQL behind them (from the rows kept in `memo` when the detectors just computed them). */
export async function userBaseline(c: DuckDBConnection, p: ExportParams, offset: number, limit: number, memo?: ReadMemo): Promise<ExportBaselinePageDto> {
  const from = await userHourSourceOf(c, p.measure);
  const sql = userBaselineSql(p, from);
  const found = await baselineRows(c, sql, from, memo);
  const { total, rows } = pageOfKept<ExportBaselineRowDto>(found, offset, limit) ?? (await explainStatsOverflow(() => pageOf<ExportBaselineRowDto>(c, sql, offset, limit)));
  return { params: { ...p.baseline, measure: p.measure }, sql, total, rows };
}

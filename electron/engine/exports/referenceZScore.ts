import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferencePageDto, ExportReferenceRowDto, ExportStatsDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../sql/queryRows';
import { pageOf } from '../sql/pageOf';
import { sqlIso } from '../sql/sqlIso';
import { userHourSourceOf } from './userHourSourceOf';
import { userHoursCte, type UserHourSource } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';
import { userHourKeysCte, userOfKey, type RawRange } from './userHourKeysCte';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { ReadMemo } from '../db/ReadMemo';
import { referenceHead, referenceHeadRows } from './referenceHead';

/**
 * The user-hours whose reference z-score exceeds the limit, as CTEs ending in `flagged(user, hour, h, unit, x, z)` (kept
 * in memory when read twice): scored on user-hours keyed by user number (userHourKeysCte), named once flagged.
 */
function flaggedCtes(p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource, calm: RawRange | null, materialized = false): string {
  return `WITH ${userHoursCte(measure, from)},
${userHourStatsCte(measure, from)},
${userHourKeysCte(measure, from, calm ?? undefined)},
flagged_keys AS (
  SELECT h.k, h.h, h.unit, h.x, abs(h.x - s.mean) / s.sd AS z
  FROM user_hour_keys h JOIN stats s ON s.unit = h.unit
  WHERE s.sd > 0 AND abs(h.x - s.mean) / s.sd > ${p.zLimit}
),
flagged AS ${materialized ? 'MATERIALIZED ' : ''}(
  SELECT "user", make_timestamptz(h * 3600000000) AS hour, h, unit, x, z FROM ${userOfKey('flagged_keys', measure, from)}
)`;
}

/** The order of the anomalies: by hour, then user (no user first), then unit. */
const flaggedOrder = 'h, "user" NULLS FIRST, unit';

/** `round(v)` held within ±9e18, as a BIGINT literal. */
function wholeWithin(v: number, round: (v: number) => number): bigint {
  return BigInt(Math.max(-9e18, Math.min(9e18, round(v))));
}

/**
 * Whole rollup amounts no unit can flag (or null): within 99 % of zLimit standard deviations of every unit's mean,
 * less a margin far wider than the rounding of the z-score's doubles, so the rollup's scan drops most user-hours before
 * the exact z-score is computed on the rest (same rows, same z). Units whose deviation is zero or unknown flag nothing
 * and set no bound.
 */
export async function calmRange(c: DuckDBConnection, p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource): Promise<RawRange | null> {
  if (from !== 'rollup' || measure === 'events') return null;
  const units = await queryRows<{ mean: number; sd: number }>(c, `WITH ${userHourStatsCte(measure, from)} SELECT mean, sd FROM stats WHERE sd > 0`);
  let lo = -Infinity;
  let hi = Infinity;
  for (const { mean, sd } of units) {
    const reach = 0.99 * p.zLimit * sd - 1e-6 * (Math.abs(mean) + p.zLimit * sd) - 1;
    if (!Number.isFinite(mean) || !Number.isFinite(reach) || reach <= 0) return null;
    lo = Math.max(lo, mean - reach);
    hi = Math.min(hi, mean + reach);
  }
  if (units.length === 0 || Math.ceil(lo) > Math.floor(hi)) return null;
  return { lo: wholeWithin(lo, Math.ceil), hi: wholeWithin(hi, Math.floor) };
}

/** The reference z-score as SQL, in two passes: aggregate user-hours, then join each to the global statistics; anomaly where z > limit (the rollup's amounts in `calm` skipped). */
export function referenceZScoreSql(p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource = 'scan', calm: RawRange | null = null): string {
  return `${flaggedCtes(p, measure, from, calm)}
SELECT "user", ${sqlIso('hour')} AS hour, unit, x AS bytes, z FROM flagged
ORDER BY ${flaggedOrder}`;
}

/** The population statistics per unit, for display next to the anomalies. */
export async function userHourStats(c: DuckDBConnection, measure: ExportParams['measure'], from: UserHourSource = 'scan'): Promise<ExportStatsDto[]> {
  return queryRows<ExportStatsDto>(
    c,
    `WITH ${userHoursCte(measure, from)}, ${userHourStatsCte(measure, from)}
     SELECT unit, n::DOUBLE AS "userHours", mean, sd AS stddev FROM stats ORDER BY unit`,
  );
}

/**
 * The total and one page of `flagged` (CTEs from flaggedCtes, materialised) in one statement: the anomalies are kept unformatted in memory (a few MB for
 * 190 000 of them) and only the page's hours are formatted; a page past the end still returns the total, on a row of nulls.
 */
async function flaggedPage(c: DuckDBConnection, ctes: string, offset: number, limit: number): Promise<{ total: number; rows: ExportReferenceRowDto[] }> {
  const found = await queryRows<ExportReferenceRowDto & { total: number; h: number | null }>(
    c,
    `${ctes},
page AS (SELECT * FROM flagged ORDER BY ${flaggedOrder} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)})
SELECT t.total, p."user", CASE WHEN p.h IS NOT NULL THEN ${sqlIso('p.hour')} END AS hour, p.unit, p.x AS bytes, p.z, p.h::DOUBLE AS h
FROM (SELECT count(*)::DOUBLE AS total FROM flagged) t LEFT JOIN page p ON true
ORDER BY p.h, p."user" NULLS FIRST, p.unit`,
  );
  const rows = found.filter((r) => r.h !== null).map(({ total: _t, h: _h, ...row }) => row);
  return { total: found[0]?.total ?? 0, rows };
}

/**
 * One page of reference z-score anomalies, with the parameters, statistics and SQL behind them. From the rollup, only
 * the page's hours are formatted (a large log flags far more user-hours than a page shows, and formatting all of them
 * for a temp table cost more than finding them), and a page within the first referenceHeadRows comes from the head kept
 * in `memo` (which the side file of the same anomalies gives when it was written first); a fresh aggregation of
 * `transfer` goes through pageOf, as every detector page does.
 */
export async function referenceZScore(c: DuckDBConnection, p: ExportParams, offset: number, limit: number, memo?: ReadMemo): Promise<ExportReferencePageDto> {
  const from = await userHourSourceOf(c, p.measure);
  const calm = await calmRange(c, p.reference, p.measure, from);
  const sql = referenceZScoreSql(p.reference, p.measure, from, calm);
  return explainStatsOverflow(async () => {
    const page = async (first: number, count: number) => flaggedPage(c, flaggedCtes(p.reference, p.measure, from, calm, true), first, count);
    const head = from === 'rollup' && memo && offset + limit <= referenceHeadRows ? await referenceHead(c, memo, sql, () => page(0, referenceHeadRows)) : null;
    const { total, rows } = head
      ? { total: head.total, rows: head.rows.slice(offset, offset + limit) }
      : from === 'rollup'
        ? await page(offset, limit)
        : await pageOf<ExportReferenceRowDto>(c, sql, offset, limit);
    return { params: { ...p.reference, measure: p.measure }, stats: await userHourStats(c, p.measure, from), sql, total, rows };
  });
}

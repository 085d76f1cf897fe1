import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferencePageDto, ExportReferenceRowDto, ExportStatsDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../sql/queryRows';
import { pageOf } from '../sql/pageOf';
import { sqlIso } from '../sql/sqlIso';
import { userHourSourceOf } from './userHourSourceOf';
import { userHoursCte, type UserHourSource } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';
import { userHourKeysCte, userOfKey } from './userHourKeysCte';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';

/**
 * The user-hours whose reference z-score exceeds the limit, as CTEs ending in `flagged(user, hour, h, unit, x, z)` (kept
 * in memory when read twice): scored on user-hours keyed by user number (userHourKeysCte), named once flagged.
 */
function flaggedCtes(p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource, materialized = false): string {
  return `WITH ${userHoursCte(measure, from)},
${userHourStatsCte(measure, from)},
${userHourKeysCte(measure, from)},
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

/** The reference z-score as SQL, in two passes: aggregate user-hours, then join each to the global statistics; anomaly where z > limit. */
export function referenceZScoreSql(p: ExportParams['reference'], measure: ExportParams['measure'], from: UserHourSource = 'scan'): string {
  return `${flaggedCtes(p, measure, from)}
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
 * for a temp table cost more than finding them); a fresh aggregation of `transfer` goes through pageOf, as every detector page does.
 */
export async function referenceZScore(c: DuckDBConnection, p: ExportParams, offset: number, limit: number): Promise<ExportReferencePageDto> {
  const from = await userHourSourceOf(c, p.measure);
  const sql = referenceZScoreSql(p.reference, p.measure, from);
  return explainStatsOverflow(async () => {
    const { total, rows } = from === 'rollup' ? await flaggedPage(c, flaggedCtes(p.reference, p.measure, from, true), offset, limit) : await pageOf<ExportReferenceRowDto>(c, sql, offset, limit);
    return { params: { ...p.reference, measure: p.measure }, stats: await userHourStats(c, p.measure, from), sql, total, rows };
  });
}

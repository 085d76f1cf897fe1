import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import type { DayWindow } from './dayWindow';
import { failedPairs, idsByTime, type DaySide } from './signinDayRollup';
import { sqlIso } from '../sql/sqlIso';
import { sqlEdgeRows } from '../sql/sqlEdgeRows';
import { sqlSpan } from '../sql/sqlSpan';

/**
 * The top `limit` of the entities with the given ids by failures in the window (then key, NULL first), with the figures
 * the top lists show, exact: whole days from the day rollups, the partial edges from the sign-ins by id in time order
 * (why: a few entities over ten days are a few hundred day rows found by integer id, where the entity-ordered copies
 * mean reading whole row groups of text per entity).
 */
export async function finalistFigures<T>(c: DuckDBConnection, s: DaySide, distinctAs: string, w: DayWindow, ids: number[], limit: number): Promise<T[]> {
  if (!ids.length) return [];
  const k = `"${s.key}"`;
  const idList = ids.map((x) => Math.trunc(x)).join(', ');
  const inner = w.inner ? sqlSpan('b', w.inner) : 'false';
  return queryRows<T>(
    c,
    `WITH k AS MATERIALIZED (SELECT id, ${k} AS key FROM ${s.ids} WHERE id IN (${idList})),
     e AS MATERIALIZED (
       SELECT id, success, ts, CASE WHEN success IS NOT TRUE AND other <> 0 THEN other END AS other
       FROM (${sqlEdgeRows(`${s.id} AS id, ${s.otherId} AS other, success, ts`, idsByTime, w.edges)}) WHERE id IN (${idList})),
     f AS (
       SELECT id, sum(failed) AS failed, sum(success) AS success, min(lo) AS lo, max(hi) AS hi
       FROM (SELECT id, failed, success, lo, hi FROM ${s.days} WHERE ${inner} AND id IN (${idList})
             UNION ALL SELECT id, (success IS NOT TRUE)::BIGINT, (success IS TRUE)::BIGINT, ts, ts FROM e)
       GROUP BY id),
     top AS MATERIALIZED (SELECT f.*, k.key FROM f JOIN k USING (id) ORDER BY failed DESC, k.key NULLS FIRST LIMIT ${Math.trunc(limit)}),
     n AS (
       SELECT id, count(DISTINCT other) AS n
       FROM (SELECT ${s.id} AS id, ${s.otherId} AS other FROM ${failedPairs} WHERE ${inner} AND ${s.id} IN (SELECT id FROM top) AND ${s.otherId} <> 0
             UNION ALL SELECT id, other FROM e WHERE other IS NOT NULL AND id IN (SELECT id FROM top))
       GROUP BY id)
     SELECT top.key AS ${k}, top.failed::DOUBLE AS failed, top.success::DOUBLE AS success, coalesce(n.n, 0)::DOUBLE AS ${distinctAs},
            ${sqlIso('top.lo')} AS "firstSeen", ${sqlIso('top.hi')} AS "lastSeen"
     FROM top LEFT JOIN n ON top.id = n.id
     ORDER BY top.failed DESC, top.key NULLS FIRST`,
  );
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import type { DayWindow } from './dayWindow';
import { heavyDayFailures, idsByTime, type DaySide } from './signinDayRollup';
import { sqlEdgeRows } from '../sql/sqlEdgeRows';
import { sqlSpan } from '../sql/sqlSpan';

/**
 * The ids of the entities that can still be among the top `limit` by failures in the window, read from the heavy whole
 * days and the failed sign-ins of the partial edges (why: ranking every entity that failed in ten days means grouping
 * hundreds of thousands of rows; the heavy days are a few thousand), or null when that cannot decide it (the caller then ranks
 * another way); the caller has found the sign-in rollups current (see derivedState), so the day rollups exist.
 *
 * An entity's heavy whole days plus its failures on the edges are a lower bound of its failures in the window; adding
 * `heavyDayFailures - 1` for each of its other whole days gives an upper bound. An entity with neither fails at most
 * `(heavyDayFailures - 1) × days` times. When the `limit`-th largest lower bound L exceeds that, the top list holds only
 * entities whose upper bound reaches L, and those are returned.
 */
export async function heavyFinalists(c: DuckDBConnection, s: DaySide, w: DayWindow, limit: number): Promise<number[] | null> {
  const slack = heavyDayFailures - 1;
  const rows = await queryRows<{ id: number; l: number }>(
    c,
    `WITH h AS (SELECT id, sum(failed) AS hs, count(*) AS nh FROM ${s.heavy} WHERE ${w.inner ? sqlSpan('b', w.inner) : 'false'} GROUP BY id),
     e AS (SELECT id, count(*) AS n FROM (${sqlEdgeRows(`${s.id} AS id, success`, idsByTime, w.edges)}) WHERE success IS NOT TRUE GROUP BY id),
     b AS (SELECT id, coalesce(h.hs, 0) + coalesce(e.n, 0) AS lb, (${w.days} - coalesce(h.nh, 0)) * ${slack} AS slack FROM h FULL JOIN e USING (id)),
     l AS (SELECT lb FROM b ORDER BY lb DESC LIMIT 1 OFFSET ${Math.trunc(limit) - 1})
     SELECT id, (SELECT lb FROM l)::DOUBLE AS l FROM b WHERE lb + slack >= (SELECT lb FROM l)`,
  );
  const l = rows[0]?.l;
  if (l === undefined || l <= w.days * slack) return null;
  return rows.map((r) => r.id);
}

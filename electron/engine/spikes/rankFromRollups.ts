import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import { finalistFigures } from './finalistFigures';
import { heavyFinalists } from './heavyFinalists';
import { keyMatch } from '../sql/keyMatch';
import { rangeWindow } from './rangeWindow';
import type { OptionalRange } from './rollupCovers';
import { rollupCovers } from './rollupCovers';
import type { DaySide } from './signinDayRollup';
import { sqlIso } from '../sql/sqlIso';
import { timeRange } from '../sql/timeRange';

/** Which side a top list ranks: its column, the other side counted distinct among failures, and the rollups of that side. */
export interface TopSide {
  key: 'ip' | 'user';
  other: 'ip' | 'user';
  distinctAs: 'accounts' | 'sources';
  totals: 'rollup.signin_source_totals' | 'rollup.signin_account_totals';
  byKey: 'rollup.signin_by_ip' | 'rollup.signin_by_user';
  days: DaySide;
}

/**
 * The top `limit` entities of one side by failed sign-ins (then key, NULL first) from rollups built at ingest, or null
 * when they cannot answer exactly (the caller then scans). The whole case comes from the totals. A range is first
 * decided from the heavy days and counted from the day rollup (see heavyFinalists); when the heavy days cannot decide it,
 * it is ranked from the failed sign-ins alone, which is exact while at least `limit` entities failed in it (the rest of
 * the ranking, entities without failures, needs every sign-in), and the kept entities' figures are then counted within
 * the range from the copy ordered by entity.
 */
export async function rankFromRollups<T>(c: DuckDBConnection, side: TopSide, range: OptionalRange, limit: number): Promise<T[] | null> {
  const k = `"${side.key}"`;
  if (await rollupCovers(c, range)) {
    return queryRows<T>(
      c,
      `SELECT ${k}, failed::DOUBLE AS failed, success::DOUBLE AS success, ${side.distinctAs}::DOUBLE AS ${side.distinctAs},
              ${sqlIso('lo')} AS "firstSeen", ${sqlIso('hi')} AS "lastSeen"
       FROM ${side.totals} WHERE rank <= $1 ORDER BY rank`,
      [limit],
    );
  }
  const w = await rangeWindow(c, range);
  const finalists = w && (await heavyFinalists(c, side.days, w, limit));
  if (w && finalists) return finalistFigures<T>(c, side.days, side.distinctAs, w, finalists, limit);
  const r = timeRange(range, 1);
  const ranked = await queryRows<{ key: string | null }>(
    c,
    `SELECT ${k} AS key, count(*) AS failed FROM rollup.signin_failed WHERE true${r.sql} GROUP BY ${k} ORDER BY failed DESC, ${k} NULLS FIRST LIMIT ${Math.trunc(limit)}`,
    r.params,
  );
  if (ranked.length < limit) return null;
  return queryRows<T>(
    c,
    `SELECT ${k}, count(*) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
            count(DISTINCT "${side.other}") FILTER (WHERE success IS NOT TRUE)::DOUBLE AS ${side.distinctAs},
            ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
     FROM ${side.byKey} WHERE ${keyMatch(k, ranked.map((x) => x.key))}${r.sql}
     GROUP BY ${k} ORDER BY failed DESC, ${k} NULLS FIRST`,
    r.params,
  );
}

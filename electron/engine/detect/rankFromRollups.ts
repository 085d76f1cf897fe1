import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db/queryRows';
import { sqlString } from '../db/sqlString';
import { sqlIso } from './sqlIso';
import type { OptionalRange } from './rollupCovers';
import { rollupCovers } from './rollupCovers';
import { timeRange } from './timeRange';

/** Which side a top list ranks: its column, the other side counted distinct among failures, and the rollups of that side. */
export interface TopSide {
  key: 'ip' | 'user';
  other: 'ip' | 'user';
  distinctAs: 'accounts' | 'sources';
  totals: 'signin_source_totals' | 'signin_account_totals';
  byKey: 'signin_by_ip' | 'signin_by_user';
}

/** Candidates tried per round: a few times the list, then eight times more each round, then the caller scans. */
const rounds = (limit: number): number[] => [Math.max(64, 4 * limit), Math.max(512, 32 * limit), Math.max(4096, 256 * limit)];

/**
 * The top `limit` entities of one side by failed sign-ins (then key, NULL first) from rollups built at ingest, or null
 * when they cannot answer exactly (the caller then scans). The whole case comes from the totals; a range ranks the
 * entities with the most failures overall, counted exactly within the range from the copy ordered by entity, and is
 * exact once the last one kept has more failures in the range than any entity left out has in the whole case.
 */
export async function rankFromRollups<T>(c: DuckDBConnection, side: TopSide, range: OptionalRange, limit: number): Promise<T[] | null> {
  const k = `"${side.key}"`;
  if (await rollupCovers(c, range)) {
    return queryRows<T>(
      c,
      `SELECT ${k}, failed::DOUBLE AS failed, success::DOUBLE AS success, ${side.distinctAs}::DOUBLE AS ${side.distinctAs},
              ${sqlIso('lo')} AS "firstSeen", ${sqlIso('hi')} AS "lastSeen"
       FROM ${side.totals} ORDER BY failed DESC, ${k} NULLS FIRST LIMIT $1`,
      [limit],
    );
  }
  const r = timeRange(range, 1);
  for (const size of rounds(limit)) {
    const cands = await queryRows<{ key: string | null; failed: number }>(
      c,
      `SELECT ${k} AS key, failed::DOUBLE AS failed FROM ${side.totals} ORDER BY failed DESC, ${k} NULLS FIRST LIMIT ${size + 1}`,
    );
    const complete = cands.length <= size;
    const keys = cands.slice(0, size).map((x) => x.key);
    const named = keys.filter((x): x is string => x !== null).map(sqlString);
    const match = [...(named.length ? [`${k} IN (${named.join(', ')})`] : []), ...(keys.includes(null) ? [`${k} IS NULL`] : [])].join(' OR ') || 'false';
    const rows = await queryRows<T & { failed: number }>(
      c,
      `SELECT ${k}, count(*) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
              count(DISTINCT "${side.other}") FILTER (WHERE success IS NOT TRUE)::DOUBLE AS ${side.distinctAs},
              ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
       FROM ${side.byKey} WHERE (${match})${r.sql}
       GROUP BY ${k} ORDER BY failed DESC, ${k} NULLS FIRST LIMIT ${Math.trunc(limit)}`,
      r.params,
    );
    if (complete) return rows;
    const last = rows[limit - 1];
    if (last && last.failed > (cands[size]?.failed ?? 0)) return rows;
  }
  return null;
}

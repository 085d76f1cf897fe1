import type { DuckDBConnection } from '@duckdb/node-api';
import type { TopSourceDto } from '../../../shared/api/spikesApi';
import { queryRows } from '../sql/queryRows';
import { isDerivedCurrent } from '../db/derivedState';
import { rankFromRollups, type TopSide } from './rankFromRollups';
import { daySides } from './signinDayRollup';
import { sqlIso } from '../sql/sqlIso';
import { timeRange } from '../sql/timeRange';

/** The source side of the sign-in rollups. */
const sources: TopSide = { key: 'ip', other: 'user', distinctAs: 'accounts', totals: 'rollup.signin_source_totals', byKey: 'rollup.signin_by_ip', days: daySides.ip };

/** Source IPs ranked by failed sign-ins (then IP), with the distinct accounts they failed against; from the ingest rollups when current. */
export async function topSources(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopSourceDto[]> {
  if (await isDerivedCurrent(c, 'signin')) {
    const ranked = await rankFromRollups<TopSourceDto>(c, sources, a, a.limit);
    if (ranked) return ranked;
  }
  return topSourcesScan(c, a);
}

/** The same ranking as a scan of every sign-in: the reference the rollups must equal, and the fallback. */
export async function topSourcesScan(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopSourceDto[]> {
  const r = timeRange(a, 2);
  return queryRows<TopSourceDto>(
    c,
    `SELECT ip, count(*) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
            count(DISTINCT "user") FILTER (WHERE success IS NOT TRUE)::DOUBLE AS accounts,
            ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
     FROM signin WHERE true${r.sql}
     GROUP BY ip ORDER BY failed DESC, ip NULLS FIRST LIMIT $1`,
    [a.limit, ...r.params],
  );
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { TopSourceDto } from '../../../shared/api/spikesApi';
import { queryRows } from '../db/queryRows';
import { sqlIso } from './sqlIso';
import { timeRange } from './timeRange';

/** Source IPs ranked by failed sign-ins (then IP), with the distinct accounts they failed against. */
export async function topSources(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopSourceDto[]> {
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

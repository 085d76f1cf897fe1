import type { DuckDBConnection } from '@duckdb/node-api';
import type { TopAccountDto } from '../../../shared/api/spikesApi';
import { queryRows } from '../db/queryRows';
import { sqlIso } from './sqlIso';
import { timeRange } from './timeRange';

/** Accounts ranked by failed sign-ins (then name), with the distinct sources that failed against them. */
export async function topAccounts(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopAccountDto[]> {
  const r = timeRange(a, 2);
  return queryRows<TopAccountDto>(
    c,
    `SELECT "user", count(*) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
            count(DISTINCT ip) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS sources,
            ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
     FROM signin WHERE true${r.sql}
     GROUP BY "user" ORDER BY failed DESC, "user" NULLS FIRST LIMIT $1`,
    [a.limit, ...r.params],
  );
}

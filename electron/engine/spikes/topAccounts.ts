import type { DuckDBConnection } from '@duckdb/node-api';
import type { TopAccountDto } from '../../../shared/api/spikesApi';
import { queryRows } from '../sql/queryRows';
import { isDerivedCurrent } from '../db/derivedState';
import { rankFromRollups, type TopSide } from './rankFromRollups';
import { daySides } from './signinDayRollup';
import { sqlIso } from '../sql/sqlIso';
import { timeRange } from '../sql/timeRange';

/** The account side of the sign-in rollups. */
const accounts: TopSide = { key: 'user', other: 'ip', distinctAs: 'sources', totals: 'rollup.signin_account_totals', byKey: 'rollup.signin_by_user', days: daySides.user };

/** Accounts ranked by failed sign-ins (then name), with the distinct sources that failed against them; from the ingest rollups when current. */
export async function topAccounts(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopAccountDto[]> {
  if (await isDerivedCurrent(c, 'signin')) {
    const ranked = await rankFromRollups<TopAccountDto>(c, accounts, a, a.limit);
    if (ranked) return ranked;
  }
  return topAccountsScan(c, a);
}

/** The same ranking as a scan of every sign-in: the reference the rollups must equal, and the fallback. */
export async function topAccountsScan(c: DuckDBConnection, a: { from?: string | undefined; to?: string | undefined; limit: number }): Promise<TopAccountDto[]> {
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

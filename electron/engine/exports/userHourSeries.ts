import type { DuckDBConnection } from '@duckdb/node-api';
import type { UserHourDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlIso } from '../sql/sqlIso';
import { sqlParams } from '../sql/SqlPart';
import { timeRange } from '../sql/timeRange';

/** One user's transfers per UTC hour: summed bytes (null when the log has none) and event count. */
export async function userHourSeries(c: DuckDBConnection, a: { user: string; from?: string | undefined; to?: string | undefined }): Promise<UserHourDto[]> {
  const r = timeRange(a);
  return queryRows<UserHourDto>(
    c,
    `SELECT ${sqlIso('h')} AS hour, sum(bytes)::DOUBLE AS bytes, count(*)::DOUBLE AS events
     FROM (SELECT ${sqlBin('ts', 3600)} AS h, bytes FROM transfer WHERE "user" = $user AND ${r.sql})
     GROUP BY h ORDER BY h`,
    sqlParams(r, { params: { user: a.user } }),
  );
}

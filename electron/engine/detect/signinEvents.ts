import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { SigninEventPageDto } from '../../../shared/api/spikesApi';
import { queryOne, queryRows } from '../db/queryRows';
import { sqlIso } from './sqlIso';
import { timeRange } from './timeRange';

/** Filters of the sign-in drill-down. */
export interface SigninEventFilter {
  ip?: string | undefined;
  user?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  failedOnly: boolean;
  offset: number;
  limit: number;
}

/** One page of raw sign-in events for an ip, a user and/or a time range, in time order. */
export async function signinEvents(c: DuckDBConnection, f: SigninEventFilter): Promise<SigninEventPageDto> {
  const params: DuckDBValue[] = [];
  let where = 'true';
  if (f.ip !== undefined) {
    params.push(f.ip);
    where += ` AND ip = $${params.length}`;
  }
  if (f.user !== undefined) {
    params.push(f.user);
    where += ` AND "user" = $${params.length}`;
  }
  if (f.failedOnly) where += ' AND success IS NOT TRUE';
  const r = timeRange(f, params.length + 1);
  where += r.sql;
  params.push(...r.params);
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM signin WHERE ${where}`, params);
  const rows = await queryRows<SigninEventPageDto['rows'][number]>(
    c,
    `SELECT ${sqlIso('ts')} AS ts, "user", ip, success, failure_reason AS "failureReason", result_code AS "resultCode", app,
            user_agent AS "userAgent", source_id AS "sourceId", raw_ref::DOUBLE AS "rawRef"
     FROM signin WHERE ${where}
     ORDER BY signin.ts, source_id, raw_ref NULLS LAST, "user" NULLS FIRST, ip NULLS FIRST
     LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(f.offset)}`,
    params,
  );
  return { total, rows };
}

import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { SigninEventPageDto } from '../../../shared/api/spikesApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { alignedToRollup } from './rollupCovers';
import { isDerivedCurrent } from '../db/derivedState';
import { sqlIso } from '../sql/sqlIso';
import { timeRange } from '../sql/timeRange';

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

/** The WHERE clause and parameters of a drill-down filter; the entity-ordered rollups have the same columns, so it applies to them too. */
function filterSql(f: SigninEventFilter): { where: string; params: DuckDBValue[] } {
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
  params.push(...r.params);
  return { where: where + r.sql, params };
}

/**
 * One page of raw sign-in events for an ip, a user and/or a time range, in time order. With current rollups the
 * total comes from them, and an ip or user drill first finds its page's time span in the copy ordered by that entity,
 * so the page reads only that span of `signin` instead of every row. Times are formatted after the page is cut, not
 * for every matching row.
 */
export async function signinEvents(c: DuckDBConnection, f: SigninEventFilter): Promise<SigninEventPageDto> {
  const { where, params } = filterSql(f);
  const rollup = await isDerivedCurrent(c, 'signin');
  const byKey = !rollup ? null : f.ip !== undefined ? 'rollup.signin_by_ip' : f.user !== undefined ? 'rollup.signin_by_user' : null;
  const total = await eventTotal(c, f, rollup, byKey, where, params);
  let span = '';
  let offset = Math.trunc(f.offset);
  if (byKey) {
    if (offset >= total) return { total, rows: [] };
    const s = await queryOne<{ lo: number; hi: number; before: number }>(
      c,
      `WITH page AS (SELECT ts FROM ${byKey} WHERE ${where} ORDER BY ts LIMIT ${Math.trunc(f.limit)} OFFSET ${offset})
       SELECT epoch_us(min(ts))::DOUBLE AS lo, epoch_us(max(ts))::DOUBLE AS hi,
              (SELECT count(*) FROM ${byKey} WHERE ${where} AND ts < (SELECT min(ts) FROM page))::DOUBLE AS before
       FROM page`,
      params,
    );
    span = ` AND ts >= make_timestamptz(${Math.trunc(s.lo)}) AND ts <= make_timestamptz(${Math.trunc(s.hi)})`;
    offset -= s.before;
  }
  const order = 'ts, source_id, raw_ref NULLS LAST, "user" NULLS FIRST, ip NULLS FIRST';
  const rows = await queryRows<SigninEventPageDto['rows'][number]>(
    c,
    `SELECT ${sqlIso('ts')} AS ts, "user", ip, success, failure_reason AS "failureReason", result_code AS "resultCode", app,
            user_agent AS "userAgent", source_id AS "sourceId", raw_ref::DOUBLE AS "rawRef"
     FROM (SELECT ts, "user", ip, success, failure_reason, result_code, app, user_agent, source_id, raw_ref FROM signin
           WHERE ${where}${span} ORDER BY ${order} LIMIT ${Math.trunc(f.limit)} OFFSET ${offset})
     ORDER BY ${order}`,
    params,
  );
  return { total, rows };
}

/** The number of events the filter matches: from the entity-ordered copy or the minute rollup when they answer exactly, else a scan. */
async function eventTotal(c: DuckDBConnection, f: SigninEventFilter, rollup: boolean, byKey: string | null, where: string, params: DuckDBValue[]): Promise<number> {
  if (byKey) return (await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${byKey} WHERE ${where}`, params)).total;
  if (rollup && alignedToRollup(f.from) && alignedToRollup(f.to)) {
    const r = timeRange(f, 1, 'b');
    const counted = f.failedOnly ? 'failed' : 'failed + success';
    return (await queryOne<{ total: number }>(c, `SELECT coalesce(sum(${counted}), 0)::DOUBLE AS total FROM rollup.signin_1m WHERE true${r.sql}`, r.params)).total;
  }
  return (await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM signin WHERE ${where}`, params)).total;
}

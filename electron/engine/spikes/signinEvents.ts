import type { DuckDBConnection } from '@duckdb/node-api';
import type { SigninEventPageDto } from '../../../shared/api/spikesApi';
import { fastOrPlain, type FastPath } from '../sql/FastPath';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';
import { sqlJoin, type SqlPart } from '../sql/SqlPart';
import { timeRange } from '../sql/timeRange';
import { alignedToRollup } from './rollupCovers';
import { isDerivedCurrent } from '../db/derivedState';
import { daySides } from './signinDayRollup';
import { entityCopies } from './signinRollup';
import { failedSigninSql } from './failedSigninSql';

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

/** The condition of a drill-down filter on `signin`. */
function filterSql(f: SigninEventFilter): SqlPart {
  const parts: SqlPart[] = [];
  if (f.ip !== undefined) parts.push({ sql: 'ip = $ip', params: { ip: f.ip } });
  if (f.user !== undefined) parts.push({ sql: '"user" = $user', params: { user: f.user } });
  if (f.failedOnly) parts.push({ sql: failedSigninSql, params: {} });
  return sqlJoin([...parts, timeRange(f)], ' AND ');
}

/** One page of the matching sign-ins in time order, `offset` rows into those that also meet `span`; times formatted after the page is cut. */
function pageRows(c: DuckDBConnection, f: SigninEventFilter, where: SqlPart, span: string, offset: number): Promise<SigninEventPageDto['rows']> {
  const order = 'ts, source_id, raw_ref NULLS LAST, "user" NULLS FIRST, ip NULLS FIRST';
  return queryRows<SigninEventPageDto['rows'][number]>(
    c,
    `SELECT ${sqlIso('ts')} AS ts, "user", ip, success, failure_reason AS "failureReason", result_code AS "resultCode", app,
            user_agent AS "userAgent", source_id AS "sourceId", raw_ref::DOUBLE AS "rawRef"
     FROM (SELECT ts, "user", ip, success, failure_reason, result_code, app, user_agent, source_id, raw_ref FROM signin
           WHERE ${where.sql}${span} ORDER BY ${order} LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(offset)})
     ORDER BY ${order}`,
    where.params,
  );
}

/** The meaning of the drill-down: the matching sign-ins counted, and one page of them, from every sign-in. */
export async function plainSigninEvents(c: DuckDBConnection, f: SigninEventFilter): Promise<SigninEventPageDto> {
  const where = filterSql(f);
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM signin WHERE ${where.sql}`, where.params);
  return { total, rows: await pageRows(c, f, where, '', f.offset) };
}

/** The ids the day rollups gave the drill's ip and user (undefined when not filtered on), or null when one of them never signed in. */
async function entityIds(c: DuckDBConnection, f: SigninEventFilter): Promise<{ ip?: number; user?: number } | null> {
  const ids: { ip?: number; user?: number } = {};
  for (const [key, value, table] of [['ip', f.ip, daySides.ip.ids], ['user', f.user, daySides.user.ids]] as const) {
    if (value === undefined) continue;
    const [row] = await queryRows<{ id: number }>(c, `SELECT id FROM ${table} WHERE "${key}" = $value`, { value });
    if (!row) return null;
    ids[key] = row.id;
  }
  return ids;
}

/** The drill's condition on an entity-ordered copy, by the entities' ids. */
function copyFilterSql(f: SigninEventFilter, ids: { ip?: number; user?: number }): SqlPart {
  const parts: SqlPart[] = [];
  if (ids.ip !== undefined) parts.push({ sql: 'ip_id = $ipId', params: { ipId: ids.ip } });
  if (ids.user !== undefined) parts.push({ sql: 'user_id = $userId', params: { userId: ids.user } });
  if (f.failedOnly) parts.push({ sql: failedSigninSql, params: {} });
  return sqlJoin([...parts, timeRange(f)], ' AND ');
}

/**
 * The same page from the rollups built at ingest; 'no' when they are stale or missing, or when neither an entity nor
 * whole-minute bounds let them count. An ip or user drill counts in the copy ordered by that entity's id and finds there
 * the time span of its page, so the page reads only that span of `signin`; a drill by time alone counts from the minute rollup.
 */
export const eventsFromRollups: FastPath<SigninEventFilter, SigninEventPageDto> = {
  async answer(c, f) {
    const byKey = f.ip !== undefined ? entityCopies.ip : f.user !== undefined ? entityCopies.user : null;
    if (!byKey && !(alignedToRollup(f.from) && alignedToRollup(f.to))) return 'no';
    if (!(await isDerivedCurrent(c, 'signin'))) return 'no';
    const where = filterSql(f);
    if (!byKey) {
      const r = timeRange(f, { col: 'b' });
      const counted = f.failedOnly ? 'failed' : 'failed + success + unknown';
      const { total } = await queryOne<{ total: number }>(c, `SELECT coalesce(sum(${counted}), 0)::DOUBLE AS total FROM rollup.signin_1m WHERE ${r.sql}`, r.params);
      return { answer: { total, rows: await pageRows(c, f, where, '', f.offset) } };
    }
    const ids = await entityIds(c, f);
    if (!ids) return { answer: { total: 0, rows: [] } };
    const inCopy = copyFilterSql(f, ids);
    const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${byKey} WHERE ${inCopy.sql}`, inCopy.params);
    const offset = Math.trunc(f.offset);
    if (offset >= total) return { answer: { total, rows: [] } };
    const s = await queryOne<{ lo: number; hi: number; before: number }>(
      c,
      `WITH page AS (SELECT ts FROM ${byKey} WHERE ${inCopy.sql} ORDER BY ts LIMIT ${Math.trunc(f.limit)} OFFSET ${offset})
       SELECT epoch_us(min(ts))::DOUBLE AS lo, epoch_us(max(ts))::DOUBLE AS hi,
              (SELECT count(*) FROM ${byKey} WHERE ${inCopy.sql} AND ts < (SELECT min(ts) FROM page))::DOUBLE AS before
       FROM page`,
      inCopy.params,
    );
    const span = ` AND ts >= make_timestamptz(${Math.trunc(s.lo)}) AND ts <= make_timestamptz(${Math.trunc(s.hi)})`;
    return { answer: { total, rows: await pageRows(c, f, where, span, offset - s.before) } };
  },
};

/** One page of raw sign-in events for an ip, a user and/or a time range, in time order. */
export function signinEvents(c: DuckDBConnection, f: SigninEventFilter): Promise<SigninEventPageDto> {
  return fastOrPlain(c, f, eventsFromRollups, plainSigninEvents);
}

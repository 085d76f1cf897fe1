import type { DuckDBConnection } from '@duckdb/node-api';
import type { TopAccountDto, TopSourceDto } from '../../../shared/api/spikesApi';
import { fastOrPlain, type FastPath } from '../sql/FastPath';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlEdgeRows } from '../sql/sqlEdgeRows';
import { sqlIso } from '../sql/sqlIso';
import { sqlParams } from '../sql/SqlPart';
import { sqlSpan } from '../sql/sqlSpan';
import { timeRange, type OptionalRange } from '../sql/timeRange';
import { dayMs, dayWindow, type DayWindow } from './dayWindow';
import { rollupCovers } from './rollupCovers';
import { daySides, failedPairs, heavyDayFailures, idsByTime, type DaySide } from './signinDayRollup';
import { isDerivedCurrent } from '../db/derivedState';
import { failedSigninSql } from './failedSigninSql';

/*
 * Top sources and top accounts: the entities of one side (source IPs, or accounts) ranked by failed sign-ins within a
 * time range, then by key with NULL first, each with its successes, the distinct entities of the other side among its
 * failures, and its first and last event there.
 *
 * What that means is `plainTop`: one GROUP BY over the sign-ins of the range. `rollupTop` is the fast path, reading
 * the rollups built at ingest instead of millions of sign-ins; it answers exactly the same, or 'no' when the rollups
 * are missing or stale:
 *  - a range holding every sign-in of the case is read from the per-entity totals, stored in rank order;
 *  - any other range is cut into whole UTC days and partial edges (dayWindow): whole days come from the per-day rows
 *    of each entity, the edges from the sign-ins by integer id in time order. Integer ids follow the key's order, NULL
 *    first, so they break ties as the key does.
 *  - Ranking every entity of the window means grouping all its day rows; `heavyFinalists` usually prunes that to the
 *    few entities that can still make the list, from the heavy days alone (an entity's days with at least
 *    `heavyDayFailures` failures).
 */

/** A top list request: an optional [from, to) range and how many entities to list. */
export type TopRequest = OptionalRange & { limit: number };

/** Which side a top list ranks: its column, the other side counted distinct among failures, and that side's rollups. */
interface TopSide {
  key: 'ip' | 'user';
  other: 'ip' | 'user';
  distinctAs: 'accounts' | 'sources';
  totals: 'rollup.signin_source_totals' | 'rollup.signin_account_totals';
  days: DaySide;
}

const sources: TopSide = { key: 'ip', other: 'user', distinctAs: 'accounts', totals: 'rollup.signin_source_totals', days: daySides.ip };
const accounts: TopSide = { key: 'user', other: 'ip', distinctAs: 'sources', totals: 'rollup.signin_account_totals', days: daySides.user };

/** The meaning of a top list: one scan of the sign-ins of the range. */
function plainTop<T>(s: TopSide): (c: DuckDBConnection, req: TopRequest) => Promise<T[]> {
  const k = `"${s.key}"`;
  return (c, req) => {
    const r = timeRange(req);
    return queryRows<T>(
      c,
      `SELECT ${k}, count(*) FILTER (WHERE ${failedSigninSql})::DOUBLE AS failed, count(*) FILTER (WHERE success)::DOUBLE AS success,
              count(DISTINCT "${s.other}") FILTER (WHERE ${failedSigninSql})::DOUBLE AS ${s.distinctAs},
              ${sqlIso('min(ts)')} AS "firstSeen", ${sqlIso('max(ts)')} AS "lastSeen"
       FROM signin WHERE ${r.sql}
       GROUP BY ${k} ORDER BY failed DESC, ${k} NULLS FIRST LIMIT $limit`,
      sqlParams(r, { params: { limit: req.limit } }),
    );
  };
}

/** The fast path of a top list: the same answer from the sign-in rollups, or 'no' when they are missing or stale. */
function rollupTop<T>(s: TopSide): FastPath<TopRequest, T[]> {
  return {
    async answer(c, req) {
      if (!(await isDerivedCurrent(c, 'signin'))) return 'no';
      if (await rollupCovers(c, req)) return { answer: await fromTotals<T>(c, s, req.limit) };
      const w = await rangeWindow(c, req);
      if (!w) return { answer: [] };
      return { answer: await fromDays<T>(c, s, w, await heavyFinalists(c, s.days, w, req.limit), req.limit) };
    },
  };
}

/** The whole case's top list, read from the totals in rank order. */
function fromTotals<T>(c: DuckDBConnection, s: TopSide, limit: number): Promise<T[]> {
  return queryRows<T>(
    c,
    `SELECT "${s.key}", failed::DOUBLE AS failed, success::DOUBLE AS success, ${s.distinctAs}::DOUBLE AS ${s.distinctAs},
            ${sqlIso('lo')} AS "firstSeen", ${sqlIso('hi')} AS "lastSeen"
     FROM ${s.totals} WHERE rank <= $limit ORDER BY rank`,
    { limit },
  );
}

/** The day window of a range, an open bound closed at the day of the case's first or last sign-in (the day rollups need both ends); null when the range is empty. */
async function rangeWindow(c: DuckDBConnection, range: OptionalRange): Promise<DayWindow | null> {
  let from = range.from ? Date.parse(range.from) : undefined;
  let to = range.to ? Date.parse(range.to) : undefined;
  if (from === undefined || to === undefined) {
    const span = await queryOne<{ first: number | null; last: number | null }>(
      c,
      `SELECT epoch_ms(${sqlBin('min(lo)', dayMs / 1000)})::DOUBLE AS first, epoch_ms(${sqlBin('max(hi)', dayMs / 1000)})::DOUBLE AS last FROM rollup.signin_1m`,
    );
    if (span.first === null || span.last === null) return null;
    from ??= span.first;
    to ??= span.last + dayMs;
  }
  return dayWindow(from, to);
}

/** Most finalists worth naming one by one (why: past a few thousand, matching a list of ids costs more than grouping every day row of the window). */
const maxFinalists = 2000;

/**
 * The ids of the entities that can still be among the top `limit` by failures in the window, or 'all' when the heavy
 * days cannot tell. An entity's heavy whole days plus its failures on the edges are a lower bound of its failures in
 * the window; adding `heavyDayFailures - 1` for each of its other whole days gives an upper bound. An entity with
 * neither fails at most `(heavyDayFailures - 1) × days` times. When the `limit`-th largest lower bound L exceeds that,
 * the top list holds only entities whose upper bound reaches L, and those are returned (unless they are too many to be worth it).
 */
export async function heavyFinalists(c: DuckDBConnection, s: DaySide, w: DayWindow, limit: number): Promise<number[] | 'all'> {
  const slack = heavyDayFailures - 1;
  const rows = await queryRows<{ id: number; l: number }>(
    c,
    `WITH h AS (SELECT id, sum(failed) AS hs, count(*) AS nh FROM ${s.heavy} WHERE ${w.inner ? sqlSpan('b', w.inner) : 'false'} GROUP BY id),
     e AS (SELECT id, count(*) AS n FROM (${sqlEdgeRows(`${s.id} AS id, success`, idsByTime, w.edges)}) WHERE ${failedSigninSql} GROUP BY id),
     b AS (SELECT id, coalesce(h.hs, 0) + coalesce(e.n, 0) AS lb, (${w.days} - coalesce(h.nh, 0)) * ${slack} AS slack FROM h FULL JOIN e USING (id)),
     l AS (SELECT lb FROM b ORDER BY lb DESC LIMIT 1 OFFSET ${Math.trunc(limit) - 1})
     SELECT id, (SELECT lb FROM l)::DOUBLE AS l FROM b WHERE lb + slack >= (SELECT lb FROM l)`,
  );
  const l = rows[0]?.l;
  if (l === undefined || l <= w.days * slack || rows.length > maxFinalists) return 'all';
  return rows.map((r) => r.id);
}

/**
 * The top `limit` of the candidates by failures in the window, with the figures the lists show: whole days from the
 * day rollups, the partial edges from the sign-ins by id in time order (a few entities over ten days are a few hundred
 * day rows found by integer id, where the sign-ins would be millions of rows).
 */
function fromDays<T>(c: DuckDBConnection, s: TopSide, w: DayWindow, candidates: number[] | 'all', limit: number): Promise<T[]> {
  const d = s.days;
  const k = `"${s.key}"`;
  const picked = candidates === 'all' ? 'true' : `id IN (${candidates.map((x) => Math.trunc(x)).join(', ')})`;
  const inner = w.inner ? sqlSpan('b', w.inner) : 'false';
  return queryRows<T>(
    c,
    `WITH e AS MATERIALIZED (
       SELECT id, success, ts, CASE WHEN ${failedSigninSql} AND other <> 0 THEN other END AS other
       FROM (${sqlEdgeRows(`${d.id} AS id, ${d.otherId} AS other, success, ts`, idsByTime, w.edges)}) WHERE ${picked}),
     f AS (
       SELECT id, sum(failed) AS failed, sum(success) AS success, min(lo) AS lo, max(hi) AS hi
       FROM (SELECT id, failed, success, lo, hi FROM ${d.days} WHERE ${inner} AND ${picked}
             UNION ALL SELECT id, (${failedSigninSql})::BIGINT, (success IS TRUE)::BIGINT, ts, ts FROM e)
       GROUP BY id),
     top AS MATERIALIZED (SELECT f.*, i.${k} AS key FROM f JOIN ${d.ids} i USING (id) ORDER BY failed DESC, key NULLS FIRST LIMIT ${Math.trunc(limit)}),
     n AS (
       SELECT id, count(DISTINCT other) AS n
       FROM (SELECT ${d.id} AS id, ${d.otherId} AS other FROM ${failedPairs} WHERE ${inner} AND ${d.id} IN (SELECT id FROM top) AND ${d.otherId} <> 0
             UNION ALL SELECT id, other FROM e WHERE other IS NOT NULL AND id IN (SELECT id FROM top))
       GROUP BY id)
     SELECT top.key AS ${k}, top.failed::DOUBLE AS failed, top.success::DOUBLE AS success, coalesce(n.n, 0)::DOUBLE AS ${s.distinctAs},
            ${sqlIso('top.lo')} AS "firstSeen", ${sqlIso('top.hi')} AS "lastSeen"
     FROM top LEFT JOIN n ON top.id = n.id
     ORDER BY top.failed DESC, top.key NULLS FIRST`,
  );
}

/** Source IPs by failed sign-ins, as the plain SQL ranks them. */
export const plainTopSources = plainTop<TopSourceDto>(sources);
/** Accounts by failed sign-ins, as the plain SQL ranks them. */
export const plainTopAccounts = plainTop<TopAccountDto>(accounts);
/** The rollups' answer to top sources. */
export const topSourcesFromRollups = rollupTop<TopSourceDto>(sources);
/** The rollups' answer to top accounts. */
export const topAccountsFromRollups = rollupTop<TopAccountDto>(accounts);

/** Source IPs ranked by failed sign-ins (then IP), with the distinct accounts they failed against. */
export function topSources(c: DuckDBConnection, req: TopRequest): Promise<TopSourceDto[]> {
  return fastOrPlain(c, req, topSourcesFromRollups, plainTopSources);
}

/** Accounts ranked by failed sign-ins (then name), with the distinct sources that failed against them. */
export function topAccounts(c: DuckDBConnection, req: TopRequest): Promise<TopAccountDto[]> {
  return fastOrPlain(c, req, topAccountsFromRollups, plainTopAccounts);
}

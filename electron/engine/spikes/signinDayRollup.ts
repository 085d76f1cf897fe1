import type { DuckDBConnection } from '@duckdb/node-api';
import { dayMs } from './dayWindow';
import { sqlBin } from '../sql/sqlBin';
import { mergeAggregatesSql } from '../sql/mergeAggregates';
import { failedSigninSql } from './failedSigninSql';

/** Fewest failures of an entity on one day that its heavy-day row keeps (why: any entity with fewer fails at most `heavyDayFailures - 1` times a day, which bounds the unlisted ones). */
export const heavyDayFailures = 2;

/** The day rollups of one side of the top lists: its column and id column, the other side's, and the tables. */
export interface DaySide {
  key: 'ip' | 'user';
  other: 'ip' | 'user';
  id: 'ip_id' | 'user_id';
  otherId: 'ip_id' | 'user_id';
  ids: 'rollup.signin_ip_ids' | 'rollup.signin_user_ids';
  otherIds: 'rollup.signin_ip_ids' | 'rollup.signin_user_ids';
  days: 'rollup.signin_ip_days' | 'rollup.signin_user_days';
  heavy: 'rollup.signin_ip_heavy_days' | 'rollup.signin_user_heavy_days';
}

/** The distinct (UTC day, source id, account id) of the failed sign-ins (why: both top lists count the other side distinct from it, comparing integers). */
export const failedPairs = 'rollup.signin_failed_pairs';

/** Every sign-in as (ts, source id, account id, success) in time order (why: the partial days at a range's edges are a short scan of integers). */
export const idsByTime = 'rollup.signin_ids_by_time';

const ip = { ids: 'rollup.signin_ip_ids', days: 'rollup.signin_ip_days', heavy: 'rollup.signin_ip_heavy_days' } as const;
const user = { ids: 'rollup.signin_user_ids', days: 'rollup.signin_user_days', heavy: 'rollup.signin_user_heavy_days' } as const;

/** The source and the account sides (why: the two top lists read the same rollups, keyed the other way round). */
export const daySides: { ip: DaySide; user: DaySide } = {
  ip: { key: 'ip', other: 'user', id: 'ip_id', otherId: 'user_id', ...ip, otherIds: user.ids },
  user: { key: 'user', other: 'ip', id: 'user_id', otherId: 'ip_id', ...user, otherIds: ip.ids },
};

/** The sign-ins a rollup step adds: all of them (a rebuild) or one new source's, given as a predicate over `signin`. */
export interface SigninScope {
  rebuild: boolean;
  where: string;
}

const dayCounts = `count(*) FILTER (WHERE ${failedSigninSql})::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success, min(ts) AS lo, max(ts) AS hi`;

/**
 * Extends (or, on a rebuild, creates) the day rollups by the scope's sign-ins: per side an integer id for every entity,
 * 0 for NULL, new entities numbered after the stored ones in key order (so a rebuild numbers them in key order and an
 * added source renumbers nothing); the sign-ins by those ids in time order; per side every (UTC day, entity) with its
 * failed and successful sign-ins and first and last event, and its rows with at least `heavyDayFailures` failures, which
 * is all a range's ranking reads; and the distinct failed pairs per day. Only the days and entities the new sign-ins
 * touch are merged. Returns the table holding the scope's sign-ins by id, which the caller drops when it is temporary.
 */
export async function extendSigninDayRollup(c: DuckDBConnection, scope: SigninScope): Promise<string> {
  for (const s of [daySides.ip, daySides.user]) {
    const k = `"${s.key}"`;
    if (scope.rebuild) {
      await c.run(
        `CREATE OR REPLACE TABLE ${s.ids} AS
         SELECT ${k}::VARCHAR AS ${k}, (CASE WHEN ${k} IS NULL THEN 0 ELSE row_number() OVER (ORDER BY ${k} NULLS LAST) END)::INTEGER AS id
         FROM (SELECT DISTINCT ${k} FROM signin) ORDER BY id`,
      );
      continue;
    }
    await c.run(
      `INSERT INTO ${s.ids}
       SELECT ${k}, (CASE WHEN ${k} IS NULL THEN 0 ELSE (SELECT coalesce(max(id), 0) FROM ${s.ids}) + row_number() OVER (ORDER BY ${k} NULLS LAST) END)::INTEGER AS id
       FROM (SELECT DISTINCT ${k} FROM signin WHERE ${scope.where}) n
       WHERE NOT EXISTS (SELECT 1 FROM ${s.ids} i WHERE i.${k} IS NOT DISTINCT FROM n.${k})
       ORDER BY id`,
    );
  }
  const added = scope.rebuild ? idsByTime : 'signin_added_ids';
  await c.run(
    `CREATE OR REPLACE ${scope.rebuild ? '' : 'TEMP '}TABLE ${added} AS
     SELECT s.ts, i.id AS ip_id, u.id AS user_id, s.success
     FROM (SELECT ts, ip, "user", success FROM signin WHERE ${scope.where}) s
       JOIN ${ip.ids} i ON s.ip IS NOT DISTINCT FROM i.ip JOIN ${user.ids} u ON s."user" IS NOT DISTINCT FROM u."user"
     ORDER BY s.ts`,
  );
  if (!scope.rebuild) await c.run(`INSERT INTO ${idsByTime} SELECT * FROM ${added}`);
  const day = sqlBin('ts', dayMs / 1000);
  for (const s of [daySides.ip, daySides.user]) {
    const agg = `SELECT ${day} AS b, ${s.id} AS id, ${dayCounts} FROM ${added} GROUP BY ALL`;
    if (scope.rebuild) {
      await c.run(`CREATE OR REPLACE TABLE ${s.days} AS ${agg} ORDER BY b, id`);
      await c.run(`CREATE OR REPLACE TABLE ${s.heavy} AS SELECT b, id, failed FROM ${s.days} WHERE failed >= ${heavyDayFailures} ORDER BY b`);
      continue;
    }
    await c.run(`CREATE OR REPLACE TEMP TABLE signin_added_days AS ${agg} ORDER BY b, id`);
    await c.run(mergeAggregatesSql(s.days, 'signin_added_days', ['b', 'id'], { failed: 'sum', success: 'sum', lo: 'min', hi: 'max' }));
    await c.run(`DELETE FROM ${s.heavy} WHERE b IN (SELECT DISTINCT b FROM signin_added_days)`);
    await c.run(
      `INSERT INTO ${s.heavy} SELECT b, id, failed FROM ${s.days}
       WHERE b IN (SELECT DISTINCT b FROM signin_added_days) AND failed >= ${heavyDayFailures} ORDER BY b, id`,
    );
    await c.run(`DROP TABLE signin_added_days`);
  }
  const pairs = `SELECT DISTINCT ${day} AS b, ip_id, user_id FROM ${added} WHERE ${failedSigninSql}`;
  if (scope.rebuild) await c.run(`CREATE OR REPLACE TABLE ${failedPairs} AS ${pairs} ORDER BY b`);
  else {
    await c.run(
      `INSERT INTO ${failedPairs} SELECT * FROM (${pairs}) n
       WHERE NOT EXISTS (SELECT 1 FROM ${failedPairs} f WHERE f.b = n.b AND f.ip_id = n.ip_id AND f.user_id = n.user_id) ORDER BY b`,
    );
  }
  return added;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { dayMs } from './dayWindow';
import { queryOne } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlList } from '../sql/sqlList';

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

/**
 * Builds, after the ingest commits (docs/design.md §3): per side an integer id for every entity in key order, 0 for NULL (so ranking
 * and matching compare integers and the id breaks ties as the key does, NULL first); every sign-in by those ids in time
 * order; per side every (UTC day, entity) with its failed and successful sign-ins and first and last event, ordered by
 * day and id, and its rows with at least `heavyDayFailures` failures, which is all a range's ranking reads; and the
 * distinct failed pairs per day.
 */
export async function refreshSigninDayRollup(c: DuckDBConnection): Promise<void> {
  for (const s of [daySides.ip, daySides.user]) {
    const k = `"${s.key}"`;
    await c.run(
      `CREATE OR REPLACE TABLE ${s.ids} AS
       SELECT ${k}, (CASE WHEN ${k} IS NULL THEN 0 ELSE row_number() OVER (ORDER BY ${k} NULLS LAST) END)::INTEGER AS id
       FROM (SELECT DISTINCT ${k} FROM signin) ORDER BY id`,
    );
  }
  await c.run(
    `CREATE OR REPLACE TABLE ${idsByTime} AS
     SELECT s.ts, i.id AS ip_id, u.id AS user_id, s.success
     FROM signin s JOIN ${ip.ids} i ON s.ip IS NOT DISTINCT FROM i.ip JOIN ${user.ids} u ON s."user" IS NOT DISTINCT FROM u."user"
     ORDER BY s.ts`,
  );
  const day = sqlBin('ts', dayMs / 1000);
  for (const s of [daySides.ip, daySides.user]) {
    await c.run(
      `CREATE OR REPLACE TABLE ${s.days} AS
       SELECT ${day} AS b, ${s.id} AS id, count(*) FILTER (WHERE success IS NOT TRUE)::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success,
              min(ts) AS lo, max(ts) AS hi
       FROM ${idsByTime} GROUP BY ALL ORDER BY b, id`,
    );
    await c.run(`CREATE OR REPLACE TABLE ${s.heavy} AS SELECT b, id, failed FROM ${s.days} WHERE failed >= ${heavyDayFailures} ORDER BY b`);
  }
  await c.run(`CREATE OR REPLACE TABLE ${failedPairs} AS SELECT DISTINCT ${day} AS b, ip_id, user_id FROM ${idsByTime} WHERE success IS NOT TRUE ORDER BY b`);
}

/** True when the case has every day rollup (why: a case whose rollups were built before them has the minute rollup alone); read from the catalog. */
export async function hasDayRollups(c: DuckDBConnection): Promise<boolean> {
  const tables = [idsByTime, failedPairs, ...[daySides.ip, daySides.user].flatMap((s) => [s.ids, s.days, s.heavy])];
  const { n } = await queryOne<{ n: number }>(
    c,
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name || '.' || table_name IN ${sqlList(tables)}`,
  );
  return n === tables.length;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { derivedBase, forgetDerived, recordDerived } from '../db/derivedState';
import { mergeAggregatesSql } from '../sql/mergeAggregates';
import { sqlBin } from '../sql/sqlBin';
import { daySides, extendSigninDayRollup, type SigninScope } from './signinDayRollup';
import { failedSigninSql, unknownOutcomeSql } from './failedSigninSql';

/** Width of the sign-in time rollup's bins: one minute divides every bin width the chart asks for and every bound its zoom produces. */
export const rollupSeconds = 60;

/** Per (source id, account id) of the day rollups' numbering: failed and successful sign-ins and first and last event (why: the whole-case totals are re-ranked from it, not from every sign-in). */
export const signinPairsTable = 'rollup.signin_pairs';

const counts = `count(*) FILTER (WHERE ${failedSigninSql})::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success, count(*) FILTER (WHERE ${unknownOutcomeSql})::BIGINT AS unknown, min(ts) AS lo, max(ts) AS hi`;
const combine = { failed: 'sum', success: 'sum', unknown: 'sum', lo: 'min', hi: 'max' } as const;

/**
 * Brings the sign-in rollups up to date with `signin`, so chart queries never aggregate it: counts per epoch-aligned UTC
 * minute; whole-case totals per source and per account, stored in rank order; two narrow copies by id, ordered by
 * source and by account, where one entity's events in any time range are a short read; and the day rollups per source
 * and per account that rank and count a time range (see signinDayRollup).
 * Given the source just added, and rollups that hold exactly every other sign-in, it adds that source's rows only:
 * aggregates merged into the keys they touch, copies appended; otherwise it rebuilds them all. Records what they hold.
 */
export async function refreshSigninRollup(c: DuckDBConnection, addedSource?: number): Promise<void> {
  const base = addedSource === undefined ? null : await derivedBase(c, 'signin');
  const incremental = base !== null && addedSource !== undefined && !base.sources.includes(addedSource) && (await coversAllBut(c, base.rows, addedSource));
  const scope: SigninScope = incremental ? { rebuild: false, where: `source_id = ${Math.trunc(addedSource)}` } : { rebuild: true, where: 'true' };
  await forgetDerived(c, 'signin');
  await extendMinutes(c, scope);
  const added = await extendSigninDayRollup(c, scope);
  await extendPairs(c, scope, added);
  await extendCopies(c, scope, added);
  if (!scope.rebuild) await c.run(`DROP TABLE ${added}`);
  await rankTotals(c, scope.rebuild);
  await recordDerived(c, 'signin');
}

/** True when `signin` holds `rows` sign-ins besides those of `sourceId`, the count the rollups were built from. */
async function coversAllBut(c: DuckDBConnection, rows: number, sourceId: number): Promise<boolean> {
  const reader = await c.runAndReadAll(`SELECT (SELECT count(*) FROM signin) - (SELECT count(*) FROM signin WHERE source_id = $sourceId) = $rows::BIGINT`, { sourceId, rows });
  return reader.getRows()[0]?.[0] === true;
}

/** The minute rollup: failed, successful and unknown-outcome sign-ins and first and last event per UTC minute. */
async function extendMinutes(c: DuckDBConnection, scope: SigninScope): Promise<void> {
  const agg = `SELECT b, ${counts} FROM (SELECT ${sqlBin('ts', rollupSeconds)} AS b, success, ts FROM signin WHERE ${scope.where}) GROUP BY b ORDER BY b`;
  if (scope.rebuild) {
    await c.run(`CREATE OR REPLACE TABLE rollup.signin_1m AS ${agg}`);
    return;
  }
  await c.run(`CREATE OR REPLACE TEMP TABLE signin_added_1m AS ${agg}`);
  await c.run(mergeAggregatesSql('rollup.signin_1m', 'signin_added_1m', ['b'], combine));
  await c.run(`DROP TABLE signin_added_1m`);
}

/** The per (source, account) figures, by the ids of the day rollups, from the scope's sign-ins in `added`. */
async function extendPairs(c: DuckDBConnection, scope: SigninScope, added: string): Promise<void> {
  const agg = `SELECT ip_id, user_id, ${counts} FROM ${added} GROUP BY ip_id, user_id`;
  if (scope.rebuild) {
    await c.run(`CREATE OR REPLACE TABLE ${signinPairsTable} AS ${agg}`);
    return;
  }
  await c.run(`CREATE OR REPLACE TEMP TABLE signin_added_pairs AS ${agg}`);
  await c.run(mergeAggregatesSql(signinPairsTable, 'signin_added_pairs', ['ip_id', 'user_id'], combine));
  await c.run(`DROP TABLE signin_added_pairs`);
}

/**
 * The whole-case totals per source and per account in rank order (most failures first, then key, NULL first), from the
 * pairs grouped by id (one id per key). When the ids were all just numbered (`idsInKeyOrder`: 0 for NULL, then in key
 * order) the ids give that order without comparing the keys.
 */
async function rankTotals(c: DuckDBConnection, idsInKeyOrder: boolean): Promise<void> {
  const sides = [
    { side: daySides.ip, table: 'rollup.signin_source_totals', distinct: 'accounts' },
    { side: daySides.user, table: 'rollup.signin_account_totals', distinct: 'sources' },
  ];
  for (const { side, table, distinct } of sides) {
    const k = `"${side.key}"`;
    await c.run(
      `CREATE OR REPLACE TABLE ${table} AS
       SELECT row_number() OVER (ORDER BY failed DESC, ${idsInKeyOrder ? 'id' : `${k} NULLS FIRST`}) AS rank, * EXCLUDE (id)
       FROM (SELECT i.${k}, t.*
             FROM (SELECT p.${side.id} AS id, sum(p.failed)::BIGINT AS failed, sum(p.success)::BIGINT AS success,
                          count(*) FILTER (WHERE p.failed > 0 AND p.${side.otherId} <> 0)::BIGINT AS ${distinct}, min(p.lo) AS lo, max(p.hi) AS hi
                   FROM ${signinPairsTable} p GROUP BY p.${side.id}) t
             JOIN ${side.ids} i ON i.id = t.id)
       ORDER BY rank`,
    );
  }
}

/** The sign-ins by id (ts, ip_id, user_id, success) ordered by source id and by account id, where one entity's events in any time range are a short read. */
export const entityCopies = { ip: 'rollup.signin_ids_by_ip', user: 'rollup.signin_ids_by_user' } as const;

/** The two entity-ordered copies of the scope's sign-ins by id in `added`: appended (each source's run in order), or all rows on a rebuild. */
async function extendCopies(c: DuckDBConnection, scope: SigninScope, added: string): Promise<void> {
  const copies = [
    { table: entityCopies.ip, order: 'ip_id' },
    { table: entityCopies.user, order: 'user_id' },
  ];
  for (const { table, order } of copies) {
    const select = `SELECT ts, ip_id, user_id, success FROM ${added} ORDER BY ${order}`;
    await c.run(scope.rebuild ? `CREATE OR REPLACE TABLE ${table} AS ${select}` : `INSERT INTO ${table} ${select}`);
  }
}

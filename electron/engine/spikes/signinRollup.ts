import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { refreshSigninDayRollup } from './signinDayRollup';
import { sqlBin } from '../sql/sqlBin';

/** Width of the sign-in time rollup's bins: one minute divides every bin width the chart asks for and every bound its zoom produces. */
export const rollupSeconds = 60;

/**
 * Rebuilds the sign-in rollups after a sign-in ingest commits (docs/design.md §3), so chart queries never aggregate `signin`:
 * counts per epoch-aligned UTC minute; whole-case totals per source and per account, stored in rank order; the failed sign-ins alone, in
 * time order, to rank a time range; two narrow copies ordered by source and by account, where one entity's events
 * in any time range are a short read; and the day rollups per source and per account that rank and count a time range.
 */
export async function refreshSigninRollup(c: DuckDBConnection): Promise<void> {
  await c.run(
    `CREATE OR REPLACE TABLE rollup.signin_1m AS
     SELECT b, count(*) FILTER (WHERE success IS NOT TRUE)::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success,
            min(ts) AS lo, max(ts) AS hi
     FROM (SELECT ${sqlBin('ts', rollupSeconds)} AS b, success, ts FROM signin) GROUP BY b ORDER BY b`,
  );
  await c.run(
    `CREATE OR REPLACE TEMP TABLE signin_pairs AS
     SELECT ip, "user", count(*) FILTER (WHERE success IS NOT TRUE)::BIGINT AS failed, count(*) FILTER (WHERE success)::BIGINT AS success,
            min(ts) AS lo, max(ts) AS hi
     FROM signin GROUP BY ip, "user"`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE rollup.signin_source_totals AS
     SELECT row_number() OVER (ORDER BY failed DESC, ip NULLS FIRST) AS rank, *
     FROM (SELECT ip, sum(failed)::BIGINT AS failed, sum(success)::BIGINT AS success, count("user") FILTER (WHERE failed > 0)::BIGINT AS accounts,
                  min(lo) AS lo, max(hi) AS hi
           FROM signin_pairs GROUP BY ip)
     ORDER BY rank`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE rollup.signin_account_totals AS
     SELECT row_number() OVER (ORDER BY failed DESC, "user" NULLS FIRST) AS rank, *
     FROM (SELECT "user", sum(failed)::BIGINT AS failed, sum(success)::BIGINT AS success, count(ip) FILTER (WHERE failed > 0)::BIGINT AS sources,
                  min(lo) AS lo, max(hi) AS hi
           FROM signin_pairs GROUP BY "user")
     ORDER BY rank`,
  );
  await c.run(`DROP TABLE signin_pairs`);
  await c.run(`CREATE OR REPLACE TABLE rollup.signin_failed AS SELECT ts, ip, "user" FROM signin WHERE success IS NOT TRUE`);
  await c.run(`CREATE OR REPLACE TABLE rollup.signin_by_ip AS SELECT ip, ts, success, "user" FROM signin ORDER BY ip`);
  await c.run(`CREATE OR REPLACE TABLE rollup.signin_by_user AS SELECT "user", ts, success, ip FROM signin ORDER BY "user"`);
  await refreshSigninDayRollup(c);
}

/**
 * True when the case has the sign-in rollups and they are current for `signin` (same total count), in one query: all
 * of them are built in one transaction, so the minute rollup stands for the set, and a case without it (never loaded
 * a sign-in since rollups exist) answers with DuckDB's catalog error, which means "not current".
 */
export async function hasCurrentRollup(c: DuckDBConnection): Promise<boolean> {
  try {
    const { same } = await queryOne<{ same: boolean }>(
      c,
      `SELECT (SELECT coalesce(sum(failed + success), 0) FROM rollup.signin_1m) = (SELECT count(*) FROM signin) AS same`,
    );
    return same;
  } catch (e) {
    if (/Catalog Error/.test((e as Error).message)) return false;
    throw e;
  }
}

import { sqlBin } from '../../electron/engine/sql/sqlBin';

/**
 * Statement creating the per-connection table `attempt`: every sign-in with a known outcome, flagged `failed`,
 * `leaked` (the account is in the leak) and `recovered` (the same account succeeded within `recoveryMinutes` after
 * it, the mark of a typo; always true for a success). Built once per classification and shared by every sign-in
 * detector. A failure finds its recovery by equality joins on (account, recovery-window index) for its own and the
 * next window, instead of a window over every sign-in sorted per account (10 M sign-ins: 26 → 14 s CPU); successes
 * keep ts, user and ip only, since no detector reads their agent or reason.
 */
export function attemptTableSql(recoveryMinutes: number, leakSql: string): string {
  const us = Math.round(recoveryMinutes * 60_000_000);
  const recovery = (k: string) =>
    `EXISTS (SELECT 1 FROM ok WHERE ok."user" IS NOT DISTINCT FROM bad."user" AND ok.k = ${k} AND ok.ts >= bad.ts AND ok.ts <= bad.ts + INTERVAL ${recoveryMinutes} MINUTE)`;
  return `CREATE OR REPLACE TEMP TABLE attempt AS
WITH leaked AS MATERIALIZED (${leakSql}),
ok AS (SELECT "user", ts, epoch_us(ts) // ${us} AS k FROM signin WHERE success),
bad AS (SELECT ts, "user", ip, user_agent, failure_reason, epoch_us(ts) // ${us} AS k FROM signin WHERE NOT success)
SELECT ts, "user", ip, user_agent, failure_reason, true AS failed,
       coalesce(lower(trim("user")) IN (SELECT ukey FROM leaked), false) AS leaked,
       ${recovery('bad.k')} OR ${recovery('bad.k + 1')} AS recovered
FROM bad
UNION ALL
SELECT ts, "user", ip, NULL, NULL, false, coalesce(lower(trim("user")) IN (SELECT ukey FROM leaked), false), true
FROM signin WHERE success`;
}

/**
 * CTEs `src_ev`, `src_win`, `src_hit` and `src_flag`: failures counted per (source, window) on two grids of windows,
 * epoch-aligned and shifted by half a window, so a burst that straddles a boundary is still seen whole. A window is a
 * hit when one source failed against many accounts, few times each, and most never recovered; `src_flag.src_hit`
 * marks every failure that falls in a hit window of its source on either grid.
 */
export function sourceHitsCte(p: { windowMinutes: number; minAccounts: number; maxAttemptsPerAccount: number; maxRecoveredShare: number }): string {
  const w = p.windowMinutes * 60;
  const half = Math.round((w * 1_000_000) / 2);
  const grid = (g: number, b: string) => `SELECT ipk, ${g} AS g, ${b} AS win, count(*) AS failures, count(DISTINCT "user") AS accounts,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts
  FROM src_ev GROUP BY ipk, ${b}`;
  return `src_ev AS (
  SELECT *, coalesce(ip, chr(0)) AS ipk, ${sqlBin('ts', w)} AS b0, ${sqlBin(`(ts - to_microseconds(${half}))`, w)} AS b1
  FROM attempt WHERE failed
),
src_win AS (
  ${grid(0, 'b0')}
  UNION ALL
  ${grid(1, 'b1')}
),
src_hit AS (
  SELECT ipk, g, win FROM src_win
  WHERE accounts >= ${p.minAccounts} AND failures <= ${p.maxAttemptsPerAccount} * accounts AND recovered_accounts <= ${p.maxRecoveredShare} * accounts
),
src_flag AS (
  SELECT e.*, (EXISTS (SELECT 1 FROM src_hit h WHERE h.g = 0 AND h.ipk = e.ipk AND h.win = e.b0)
            OR EXISTS (SELECT 1 FROM src_hit h WHERE h.g = 1 AND h.ipk = e.ipk AND h.win = e.b1)) AS src_hit
  FROM src_ev e
)`;
}

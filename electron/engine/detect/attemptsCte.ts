import { sqlBin } from './sqlBin';

/**
 * CTEs `leaked(ukey)` and `attempt`: every sign-in with a known outcome, flagged `failed`, `leaked` (the account is
 * in the leak) and `recovered` (the same account succeeded within `recoveryMinutes` after it, the mark of a typo).
 */
export function attemptsCte(recoveryMinutes: number, leakSql: string): string {
  return `leaked AS MATERIALIZED (${leakSql}),
attempt AS MATERIALIZED (
  SELECT ts, "user", ip, user_agent, failure_reason, NOT success AS failed,
         coalesce(lower(trim("user")) IN (SELECT ukey FROM leaked), false) AS leaked,
         coalesce(bool_or(success) OVER (PARTITION BY "user" ORDER BY ts RANGE BETWEEN CURRENT ROW AND INTERVAL ${recoveryMinutes} MINUTE FOLLOWING), false) AS recovered
  FROM signin WHERE success IS NOT NULL
)`;
}

/**
 * CTEs `src_win` and `src_hit`: per (ip, epoch-aligned window) the failures, distinct failing accounts and recovered
 * accounts; a window is a hit when one source failed against many accounts, few times each, and most never recovered.
 */
export function sourceHitsCte(p: { windowMinutes: number; minAccounts: number; maxAttemptsPerAccount: number; maxRecoveredShare: number }): string {
  return `src_win AS (
  SELECT ip, ${sqlBin('ts', p.windowMinutes * 60)} AS win, count(*) AS failures, count(DISTINCT "user") AS accounts,
         count(DISTINCT "user") FILTER (WHERE recovered) AS recovered_accounts
  FROM attempt WHERE failed GROUP BY ip, win
),
src_hit AS (
  SELECT ip, win FROM src_win
  WHERE accounts >= ${p.minAccounts} AND failures <= ${p.maxAttemptsPerAccount} * accounts AND recovered_accounts <= ${p.maxRecoveredShare} * accounts
)`;
}

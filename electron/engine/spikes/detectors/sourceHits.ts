import { personAccountSql } from '../../exposure/personAccount';
import { sqlBin } from '../../sql/sqlBin';

/**
 * SQL pieces counting a source's failures per (source, window) on two grids of `windowMinutes` windows, epoch-aligned
 * and shifted by half a window, so a burst that straddles a boundary is still seen whole: `bins` (the columns `ipk`,
 * `b0`, `b1` to select from `attempt`), `windows` (from `src_ev`: failures, accounts and recovered accounts per
 * source and window; machine accounts never count as accounts; a failure for a user that does not exist whose log
 * withheld the name, such as CloudTrail's, counts as one account of its own, the name a guess nobody can compare) and
 * `flag(hits)` (every row of `src_ev` with `src_hit`, whether it falls in a window of `hits` of its source on either grid).
 */
export function sourceWindowCountsSql(windowMinutes: number): { bins: string; windows: string; flag: (hits: string) => string } {
  const w = windowMinutes * 60;
  const half = Math.round((w * 1_000_000) / 2);
  const person = personAccountSql('"user"');
  const unnamed = `"user" IS NULL AND failure_reason = 'no_such_user'`;
  const grid = (g: number, b: string) => `SELECT ipk, ${g} AS g, ${b} AS win, count(*) AS failures,
         count(DISTINCT ${person}) + count(*) FILTER (WHERE ${unnamed}) AS accounts,
         count(DISTINCT ${person}) FILTER (WHERE recovered) + count(*) FILTER (WHERE ${unnamed} AND recovered) AS recovered_accounts
  FROM src_ev GROUP BY ipk, ${b}`;
  return {
    bins: `coalesce(ip, chr(0)) AS ipk, ${sqlBin('ts', w)} AS b0, ${sqlBin(`(ts - to_microseconds(${half}))`, w)} AS b1`,
    windows: `${grid(0, 'b0')}
  UNION ALL
  ${grid(1, 'b1')}`,
    flag: (hits) => `SELECT e.*, (EXISTS (SELECT 1 FROM ${hits} h WHERE h.g = 0 AND h.ipk = e.ipk AND h.win = e.b0)
            OR EXISTS (SELECT 1 FROM ${hits} h WHERE h.g = 1 AND h.ipk = e.ipk AND h.win = e.b1)) AS src_hit
  FROM src_ev e`,
  };
}

/**
 * CTEs `src_ev`, `src_win`, `src_hit` and `src_flag`: failures (on accounts for which the address is not their own, so
 * a NAT's typos and stale clients never add up to an attack) counted per (source, window) (sourceWindowCountsSql). A
 * window is a hit when one source failed against many accounts, few times each, and most never recovered;
 * `src_flag.src_hit` marks every failure that falls in a hit window of its source on either grid.
 */
export function sourceHitsCte(p: { windowMinutes: number; minAccounts: number; maxAttemptsPerAccount: number; maxRecoveredShare: number }): string {
  const grid = sourceWindowCountsSql(p.windowMinutes);
  return `src_ev AS (
  SELECT *, ${grid.bins}
  FROM attempt WHERE failed AND NOT known
),
src_win AS (
  ${grid.windows}
),
src_hit AS (
  SELECT ipk, g, win FROM src_win
  WHERE accounts >= ${p.minAccounts} AND failures <= ${p.maxAttemptsPerAccount} * accounts AND recovered_accounts <= ${p.maxRecoveredShare} * accounts
),
src_flag AS (${grid.flag('src_hit')})`;
}

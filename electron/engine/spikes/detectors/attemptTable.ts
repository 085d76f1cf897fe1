import { passwordAcceptedReasons } from '../../sources/formats/logs/passwordAcceptedSql';
import { sqlList } from '../../sql/sqlList';
import { daySides } from '../signinDayRollup';
import { entityCopies } from '../signinRollup';
import { manyDaysSql } from './ownAddressDays';
import { ownNet64Sql } from './ownNet64';

/** SQL true when a signin row (alias `a`) accepted the password without completing (ingest's passwordAcceptedReasons): never a bad password. */
export const acceptedSql = (a: string): string => `coalesce(${a}.failure_reason IN ${sqlList(passwordAcceptedReasons)}, false)`;

/** SQL condition (after AND) keeping a row of alias `a` (with `user` and `ip`) whose source and account the analyst did not dismiss; empty when nothing is dismissed. */
export function keptSql(a: string, dismissals: boolean): string {
  return dismissals
    ? ` AND coalesce(${a}.ip NOT IN (SELECT value FROM dismissed WHERE kind = 'source'), true) AND coalesce(${a}."user" NOT IN (SELECT value FROM dismissed WHERE kind = 'account'), true)`
    : '';
}

/**
 * Statement creating `ok_pair`: per account and address that succeeded (dismissed or not), its successes, first and
 * last, and whether on two days or more (two calendar days, first and last at least `ownAddressMinHours` apart:
 * ownAddressDays.ts). `fromIds`: the sign-in rollups are current (db/derivedState), so the successes are grouped by
 * the integer ids of their copy ordered by account, and the ids turned back into text once per pair; else the
 * sign-ins are grouped by text.
 */
export function okPairSql(fromIds: boolean): string {
  const days = `${manyDaysSql('first_ts', 'last_ts')} AS many_days`;
  const from = fromIds
    ? `(SELECT u."user", i.ip, p.n, p.first_ts, p.last_ts
   FROM (SELECT user_id, ip_id, count(*) AS n, min(ts) AS first_ts, max(ts) AS last_ts FROM ${entityCopies.user} WHERE success GROUP BY ALL) p
   JOIN ${daySides.user.ids} u ON u.id = p.user_id JOIN ${daySides.ip.ids} i ON i.id = p.ip_id)`
    : `(SELECT "user", ip, count(*) AS n, min(ts) AS first_ts, max(ts) AS last_ts FROM signin WHERE success GROUP BY ALL)`;
  return `CREATE OR REPLACE TEMP TABLE ok_pair AS SELECT "user", ip, n, first_ts, last_ts, ${days} FROM ${from}`;
}

/**
 * Most mistyped user names one success vouches for: a person gets their own name wrong once to three times before the
 * sign-in that works, so twenty names that do not exist (or that the log withheld) and then one success from an address
 * are guesses, not typos (docs/design.md §1).
 */
export const typosPerSuccess = 3;

/**
 * Statements creating the per-connection tables `ok_pair` (see okPairSql) and `attempt`: every sign-in with a known
 * outcome that did not succeed, flagged `failed` (a credential failure), `accepted` (password accepted, then a second
 * factor or interrupt stopped it), `leaked` (the account is in the leak), `recovered` (the same account succeeded from
 * the same address within `recoveryMinutes` after it: a typo; a non-existent account counts as recovered when any
 * account then succeeded from that address, a mistyped user name, as long as that address's non-existent names in the
 * failure's recovery window are at most `typosPerSuccess` per success in it and the next) and `known` (the address is the account's own: it
 * had succeeded from there before, or succeeds from there on two days or more; or the address is a pool neighbour of
 * the account's own: shared by at least `minSharedAccounts` succeeding accounts and in the same IPv4 /24 as a shared
 * address the account succeeded from before or on two days, since carrier-grade NAT, VPN egress and office NAT pools
 * hand one device a different neighbouring address at each sign-in; or it is in an IPv6 /64 the account succeeded from
 * before or on two days, see ownNet64.ts). Sign-ins without an account or address
 * never recover and are never known. Sources and accounts the analyst dismissed (when there are any) are left out of
 * `attempt`. Successes are read once, into per-(account, address) figures, plus those that fall in a failure's own or
 * next recovery window (epoch-aligned, `recoveryMinutes` wide) at its address, kept as their first and last time per
 * window: a success within the minutes after a failure is the last of its own window at or after it, or the first of
 * the next one at most that far after it, so each failure meets one row per window instead of every success in it
 * (per address only around failures on a non-existent account, the only ones any account's success recovers). Built
 * once per classification and shared by every sign-in detector.
 */
export function attemptTableSql(recoveryMinutes: number, leakSql: string, dismissals = false, fromIds = false, minSharedAccounts = 10): string {
  const kept = (a: string) => keptSql(a, dismissals);
  const us = Math.round(recoveryMinutes * 60_000_000);
  const k = (ts: string) => `(epoch_us(${ts}) - (((epoch_us(${ts}) % ${us}) + ${us}) % ${us})) // ${us}`;
  const within = (at: string, next: string) => `(coalesce(${at}.hi >= bad.ts, false) OR coalesce(${next}.lo <= bad.ts + INTERVAL ${recoveryMinutes} MINUTE, false))`;
  return `${okPairSql(fromIds)};
CREATE OR REPLACE TEMP TABLE attempt_failed AS SELECT ts, "user", ip, user_agent, failure_reason, ${k('ts')} AS k FROM signin s WHERE NOT success${kept('s')};
${ownNet64Sql};
CREATE OR REPLACE TEMP TABLE attempt AS
WITH leaked AS MATERIALIZED (${leakSql}),
win AS (SELECT ip, k FROM attempt_failed WHERE ip IS NOT NULL UNION SELECT ip, k + 1 FROM attempt_failed WHERE ip IS NOT NULL),
ok AS MATERIALIZED (
  SELECT s."user", s.ip, s.ts, ${k('s.ts')} AS k FROM signin s SEMI JOIN win ON win.ip = s.ip AND win.k = ${k('s.ts')}
  WHERE s.success${kept('s')}
),
by_user AS (SELECT "user", ip, k, min(ts) AS lo, max(ts) AS hi FROM ok WHERE "user" IS NOT NULL GROUP BY ALL),
typo_win AS (
  SELECT ip, k FROM attempt_failed WHERE failure_reason = 'no_such_user' AND ip IS NOT NULL
  UNION SELECT ip, k + 1 FROM attempt_failed WHERE failure_reason = 'no_such_user' AND ip IS NOT NULL
),
by_ip AS (SELECT ok.ip, ok.k, min(ok.ts) AS lo, max(ok.ts) AS hi, count(*) AS n FROM ok SEMI JOIN typo_win t ON t.ip = ok.ip AND t.k = ok.k GROUP BY ALL),
typo_n AS (SELECT ip, k, count(*) AS n FROM attempt_failed WHERE failure_reason = 'no_such_user' AND ip IS NOT NULL GROUP BY ALL),
pool AS MATERIALIZED (
  SELECT ip, net FROM (
    SELECT ip, regexp_extract(ip, '^([0-9]+[.][0-9]+[.][0-9]+)[.][0-9]+$', 1) AS net, count(*) AS accounts FROM ok_pair
    WHERE ip IS NOT NULL AND "user" IS NOT NULL GROUP BY ip
  ) WHERE accounts >= ${minSharedAccounts} AND net <> ''
),
own_net AS (
  SELECT f."user", pl.net, min(f.first_ts) AS first_ts, ${manyDaysSql('min(f.first_ts)', 'max(f.last_ts)')} AS many_days
  FROM ok_pair f JOIN pool pl USING (ip) GROUP BY ALL
)
SELECT bad.ts, bad."user", bad.ip, bad.user_agent, bad.failure_reason, NOT ${acceptedSql('bad')} AS failed, ${acceptedSql('bad')} AS accepted,
       coalesce(lower(trim(bad."user")) IN (SELECT ukey FROM leaked), false) AS leaked,
       ${within('u0', 'u1')} OR (bad.failure_reason = 'no_such_user' AND ${within('i0', 'i1')}
         AND tn.n <= ${typosPerSuccess} * (coalesce(i0.n, 0) + coalesce(i1.n, 0))) AS recovered,
       coalesce(f.first_ts < bad.ts OR f.many_days, false) OR coalesce(n.first_ts < bad.ts OR n.many_days, false)
         OR coalesce(o6.first_ts < bad.ts OR o6.many_days, false) AS known
FROM attempt_failed bad LEFT JOIN ok_pair f ON f."user" = bad."user" AND f.ip = bad.ip
  LEFT JOIN pool bp ON bp.ip = bad.ip LEFT JOIN own_net n ON n."user" = bad."user" AND n.net = bp.net
  LEFT JOIN ip_net64 b6 ON b6.ip = bad.ip LEFT JOIN own_net64 o6 ON o6."user" = bad."user" AND o6.net = b6.net
  LEFT JOIN by_user u0 ON u0."user" = bad."user" AND u0.ip = bad.ip AND u0.k = bad.k
  LEFT JOIN by_user u1 ON u1."user" = bad."user" AND u1.ip = bad.ip AND u1.k = bad.k + 1
  LEFT JOIN by_ip i0 ON i0.ip = bad.ip AND i0.k = bad.k
  LEFT JOIN by_ip i1 ON i1.ip = bad.ip AND i1.k = bad.k + 1
  LEFT JOIN typo_n tn ON tn.ip = bad.ip AND tn.k = bad.k;
DROP TABLE attempt_failed`;
}

/**
 * Statement creating `src_profile`: each address judged by its own history. `shared` marks infrastructure many
 * accounts sign in through successfully (NAT, carrier-grade NAT, VPN egress, an office), or that the analyst named as
 * known egress or VPN (`known_source`, when present); `fail_share` is its usual share of credential failures among its
 * sign-ins, against which a burst is judged. Only addresses with a sign-in in `attempt` are judged (the only ones a
 * detector asks about); their successes are counted from `ok_pair`, leaving dismissed sources and accounts out.
 */
export function sourceProfileSql(minSharedAccounts: number, knownSources: boolean, dismissals = false): string {
  const known = knownSources ? ` OR ip IN (SELECT ip FROM known_source WHERE kind IN ('egress', 'vpn'))` : '';
  return `CREATE OR REPLACE TEMP TABLE src_profile AS
WITH bad AS (SELECT ip, count(*) AS n, count(*) FILTER (WHERE failed) AS failures FROM attempt WHERE ip IS NOT NULL GROUP BY ip),
ok AS (SELECT ip, sum(n)::BIGINT AS n, count(*) AS ok_accounts FROM ok_pair p WHERE ip IN (SELECT ip FROM bad)${keptSql('p', dismissals)} GROUP BY ip),
counts AS (SELECT b.ip, coalesce(o.ok_accounts, 0) AS ok_accounts, b.n + coalesce(o.n, 0) AS signins, b.failures FROM bad b LEFT JOIN ok o USING (ip))
SELECT ip, ok_accounts, signins, failures, failures::DOUBLE / signins AS fail_share, ok_accounts >= ${minSharedAccounts}${known} AS shared
FROM counts`;
}

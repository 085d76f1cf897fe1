import { passwordAcceptedReasons } from '../../sources/formats/logs/passwordAcceptedSql';
import { sqlList } from '../../sql/sqlList';

/** SQL true when a signin row (alias `a`) accepted the password without completing (ingest's passwordAcceptedReasons): never a bad password. */
export const acceptedSql = (a: string): string => `coalesce(${a}.failure_reason IN ${sqlList(passwordAcceptedReasons)}, false)`;

/**
 * Statements creating the per-connection tables `ok_pair` (one row per account and address that succeeded and also
 * failed: first success, and whether on two days or more) and `attempt`: every sign-in with a known outcome, flagged `failed` (a
 * credential failure), `accepted` (password accepted, then a second factor or interrupt stopped it), `leaked` (the
 * account is in the leak), `recovered` (the same account succeeded from the same address within `recoveryMinutes`
 * after it: a typo; a non-existent account counts as recovered when any account then succeeded from that address, a
 * mistyped user name; always true for a success) and `known` (the address is the account's own: it had succeeded from
 * there before, or succeeds from there on two days or more). Sign-ins without an account or address never recover
 * and are never known. Sources and accounts the analyst dismissed (when there are any) are left out. Built once per
 * classification and shared by every sign-in detector; a failure finds its recovery by equality joins on (account,
 * address, recovery-window index) for its own and the next window (an ASOF join on the next success measured slower).
 */
export function attemptTableSql(recoveryMinutes: number, leakSql: string, dismissals = false): string {
  const kept = (a: string) =>
    dismissals
      ? ` AND coalesce(${a}.ip NOT IN (SELECT value FROM dismissed WHERE kind = 'source'), true) AND coalesce(${a}."user" NOT IN (SELECT value FROM dismissed WHERE kind = 'account'), true)`
      : '';
  const us = Math.round(recoveryMinutes * 60_000_000);
  const recovery = (k: string) =>
    `EXISTS (SELECT 1 FROM ok WHERE ok."user" = bad."user" AND ok.ip = bad.ip AND ok.k = ${k} AND ok.ts >= bad.ts AND ok.ts <= bad.ts + INTERVAL ${recoveryMinutes} MINUTE)`;
  const typo = (k: string) =>
    `EXISTS (SELECT 1 FROM ok WHERE ok.ip = bad.ip AND ok.k = ${k} AND ok.ts >= bad.ts AND ok.ts <= bad.ts + INTERVAL ${recoveryMinutes} MINUTE)`;
  return `CREATE OR REPLACE TEMP TABLE ok_pair AS
SELECT "user", ip, min(ts) AS first_ts, date_trunc('day', min(ts)) < date_trunc('day', max(ts)) AS many_days
FROM signin s SEMI JOIN (SELECT DISTINCT "user", ip FROM signin WHERE NOT success) b ON b."user" = s."user" AND b.ip = s.ip
WHERE success${kept('s')} GROUP BY ALL;
CREATE OR REPLACE TEMP TABLE attempt AS
WITH leaked AS MATERIALIZED (${leakSql}),
ok AS (SELECT "user", ip, ts, epoch_us(ts) // ${us} AS k FROM signin s WHERE success${kept('s')}),
bad AS (SELECT ts, "user", ip, user_agent, failure_reason, epoch_us(ts) // ${us} AS k FROM signin s WHERE NOT success${kept('s')})
SELECT bad.ts, bad."user", bad.ip, bad.user_agent, bad.failure_reason, NOT ${acceptedSql('bad')} AS failed, ${acceptedSql('bad')} AS accepted,
       coalesce(lower(trim(bad."user")) IN (SELECT ukey FROM leaked), false) AS leaked,
       coalesce(${recovery('bad.k')} OR ${recovery('bad.k + 1')}, false)
         OR (bad.failure_reason = 'no_such_user' AND (${typo('bad.k')} OR ${typo('bad.k + 1')})) AS recovered,
       coalesce(f.first_ts < bad.ts OR f.many_days, false) AS known
FROM bad LEFT JOIN ok_pair f ON f."user" = bad."user" AND f.ip = bad.ip
UNION ALL
SELECT ts, "user", ip, NULL, NULL, false, false, coalesce(lower(trim("user")) IN (SELECT ukey FROM leaked), false), true, NULL
FROM ok`;
}

/**
 * Statement creating `src_profile`: each address judged by its own history. `shared` marks infrastructure many
 * accounts sign in through successfully (NAT, carrier-grade NAT, VPN egress, an office), or that the analyst named as
 * known egress or VPN (`known_source`, when present); `fail_share` is its usual share of credential failures, against
 * which a burst is judged. Only addresses with at least one failure are judged (the only ones a detector asks about).
 */
export function sourceProfileSql(minSharedAccounts: number, knownSources: boolean): string {
  const known = knownSources ? ` OR ip IN (SELECT ip FROM known_source WHERE kind IN ('egress', 'vpn'))` : '';
  return `CREATE OR REPLACE TEMP TABLE src_profile AS
WITH judged AS (SELECT * FROM attempt WHERE ip IN (SELECT ip FROM attempt WHERE failed OR accepted)),
counts AS (SELECT ip, count(*) AS signins, count(*) FILTER (WHERE failed) AS failures FROM judged GROUP BY ip),
pairs AS (SELECT DISTINCT ip, "user" FROM judged WHERE NOT failed AND NOT accepted),
accounts AS (SELECT ip, count(*) AS ok_accounts FROM pairs GROUP BY ip)
SELECT c.ip, coalesce(a.ok_accounts, 0) AS ok_accounts, c.signins, c.failures, c.failures::DOUBLE / c.signins AS fail_share,
       coalesce(a.ok_accounts, 0) >= ${minSharedAccounts}${known} AS shared
FROM counts c LEFT JOIN accounts a USING (ip)`;
}

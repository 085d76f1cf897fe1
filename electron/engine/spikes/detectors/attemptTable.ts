import { passwordAcceptedReasons } from '../../ingest/logs/passwordAcceptedSql';

/** SQL true when a signin row (alias `a`) accepted the password without completing (ingest's passwordAcceptedReasons): never a bad password. */
export const acceptedSql = (a: string): string => `coalesce(${a}.failure_reason IN (${passwordAcceptedReasons.map((r) => `'${r}'`).join(', ')}), false)`;

/**
 * Statement creating the per-connection table `attempt`: every sign-in with a known outcome, flagged `failed` (a
 * credential failure), `accepted` (password accepted, then a second factor or interrupt stopped it), `leaked` (the
 * account is in the leak), `recovered` (the same account succeeded from the same address within `recoveryMinutes`
 * after it: a typo; always true for a success) and `known` (the address is the account's own: it had already
 * succeeded from there before, or succeeds from there on at least two days). Sources and accounts the analyst dismissed are left out. Built once per classification and shared by
 * every sign-in detector; recovery is found by equality joins on (account, address, recovery-window index) for its own
 * and the next window.
 */
export function attemptTableSql(recoveryMinutes: number, leakSql: string): string {
  const kept = (a: string) =>
    `NOT EXISTS (SELECT 1 FROM dismissed d WHERE (d.kind = 'source' AND d.value = ${a}.ip) OR (d.kind = 'account' AND d.value = ${a}."user"))`;
  const us = Math.round(recoveryMinutes * 60_000_000);
  const recovery = (k: string) =>
    `EXISTS (SELECT 1 FROM ok WHERE ok."user" IS NOT DISTINCT FROM bad."user" AND ok.ip IS NOT DISTINCT FROM bad.ip AND ok.k = ${k} AND ok.ts >= bad.ts AND ok.ts <= bad.ts + INTERVAL ${recoveryMinutes} MINUTE)`;
  return `CREATE OR REPLACE TEMP TABLE attempt AS
WITH leaked AS MATERIALIZED (${leakSql}),
ok AS (SELECT "user", ip, ts, epoch_us(ts) // ${us} AS k FROM signin WHERE success),
first_ok AS (SELECT "user", ip, min(ts) AS first_ts, count(DISTINCT date_trunc('day', ts)) AS ok_days FROM signin WHERE success AND "user" IS NOT NULL GROUP BY ALL),
bad AS (SELECT ts, "user", ip, user_agent, failure_reason, epoch_us(ts) // ${us} AS k FROM signin s WHERE NOT success AND ${kept('s')})
SELECT bad.ts, bad."user", bad.ip, bad.user_agent, bad.failure_reason, NOT ${acceptedSql('bad')} AS failed, ${acceptedSql('bad')} AS accepted,
       coalesce(lower(trim(bad."user")) IN (SELECT ukey FROM leaked), false) AS leaked,
       ${recovery('bad.k')} OR ${recovery('bad.k + 1')} AS recovered,
       coalesce(f.first_ts < bad.ts OR f.ok_days >= 2, false) AS known
FROM bad LEFT JOIN first_ok f ON f."user" = bad."user" AND f.ip IS NOT DISTINCT FROM bad.ip
UNION ALL
SELECT ts, "user", ip, user_agent, NULL, false, false, coalesce(lower(trim("user")) IN (SELECT ukey FROM leaked), false), true, NULL
FROM signin s WHERE success AND ${kept('s')}`;
}

/**
 * Statement creating `src_profile`: each address judged by its own history. `shared` marks infrastructure many
 * accounts sign in through successfully (NAT, carrier-grade NAT, VPN egress, an office), or that the analyst named as
 * known egress or VPN (`known_source`, when present); `fail_share` is its usual share of credential failures, against
 * which a burst is judged.
 */
export function sourceProfileSql(minSharedAccounts: number, knownSources: boolean): string {
  const known = knownSources ? ` OR ip IN (SELECT ip FROM known_source WHERE kind IN ('egress', 'vpn'))` : '';
  return `CREATE OR REPLACE TEMP TABLE src_profile AS
SELECT ip, count(DISTINCT "user") FILTER (WHERE NOT failed AND NOT accepted) AS ok_accounts, count(*) AS signins,
       count(*) FILTER (WHERE failed) AS failures, count(*) FILTER (WHERE failed)::DOUBLE / count(*) AS fail_share,
       count(DISTINCT "user") FILTER (WHERE NOT failed AND NOT accepted) >= ${minSharedAccounts}${known} AS shared
FROM attempt WHERE ip IS NOT NULL GROUP BY ip`;
}

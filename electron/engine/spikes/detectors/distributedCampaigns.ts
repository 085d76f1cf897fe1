import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sqlBin } from '../../sql/sqlBin';
import { keptSql } from './attemptTable';
import { eventColumns } from './campaignEvent';

/**
 * Statement adding account-centric (distributed) campaigns to `campaign_event`. An account's attempt is suspect when
 * it failed (or had its password accepted and stopped) from an address the account had never signed in from and did
 * not recover there; with a leak, only leaked or non-existent accounts count. Windows where the number of accounts
 * with suspect attempts rises far above the population's typical day (median over every day of the logs) are
 * flagged; flagged windows a few apart form one campaign. Its sources are those behind its accounts' suspect
 * attempts; a shared address is excluded unless its failures in the campaign are abnormal for it, and so is the
 * account's own device retrying a stale password: an (account, user agent) that failed more than
 * `stuffing.maxAttemptsPerAccount` times in the whole log from addresses not its own, and that the account succeeded
 * with, from an address where it never failed so, before those failures, or from one of its own addresses (one it uses
 * on two days or more, an IPv6 /64 too), or on two days or more: the device the account has (a phone first seen in the
 * log on the day its old password was retried still signs in on other days). An attacker's daily guesses and then its
 * one success with its own string, from a new address, are not. Stuffing tries a
 * credential about once, while a phone's mail app after a password change retries on a timer for hours from each
 * carrier address it is given, a few of those tries inside the campaign's hours, and the phone's success once updated
 * was then a critical takeover from a "campaign source" (docs/design.md §1). Attempts already
 * in single-source or brute-force campaigns, and MFA-fatigue bursts, are left out.
 */
export function distributedCampaignsSql(p: SpikeParams, hasLeak: boolean, dismissals = false): string {
  const s = p.stuffing;
  const w = s.windowMinutes * 60;
  const leakFilter = hasLeak ? `AND (a.leaked OR a.failure_reason = 'no_such_user')` : '';
  return `INSERT INTO campaign_event
WITH cand AS MATERIALIZED (
  SELECT a.*, coalesce(sp.shared, false) AS shared, ${sqlBin('a.ts', w)} AS bin
  FROM attempt a LEFT JOIN src_profile sp ON sp.ip = a.ip
  WHERE (a.failed OR a.accepted) AND a."user" IS NOT NULL AND NOT a.known AND NOT a.recovered ${leakFilter}
    AND NOT EXISTS (SELECT 1 FROM campaign_event ce WHERE ce.shape IN ('spray', 'single_source') AND ce.ip = a.ip)
    AND NOT EXISTS (SELECT 1 FROM campaign_event ce WHERE ce.ts = a.ts AND ce."user" = a."user" AND ce.ip IS NOT DISTINCT FROM a.ip)
    AND NOT EXISTS (SELECT 1 FROM fatigue f WHERE f."user" = a."user" AND a.ts >= f.start_ts AND a.ts <= f.end_ts)
),
span AS (
  SELECT least((SELECT min(ts) FROM attempt), (SELECT min(first_ts) FROM ok_pair p WHERE true${keptSql('p', dismissals)})) AS lo,
         greatest((SELECT max(ts) FROM attempt), (SELECT max(last_ts) FROM ok_pair p WHERE true${keptSql('p', dismissals)})) AS hi
),
days AS (SELECT unnest(range(date_trunc('day', lo), hi + INTERVAL 1 DAY, INTERVAL 1 DAY)) AS d FROM span),
per_day AS (SELECT date_trunc('day', ts) AS d, count(DISTINCT ("user", bin)) AS n FROM cand WHERE NOT shared GROUP BY 1),
typical AS (SELECT coalesce(median(coalesce(per_day.n, 0)), 0)::DOUBLE / ${86_400 / w} AS l FROM days LEFT JOIN per_day USING (d)),
bins AS (SELECT bin, count(DISTINCT "user") AS n FROM cand WHERE NOT shared GROUP BY bin),
flagged AS (SELECT bin FROM bins, typical WHERE n >= greatest(${s.minBinAccounts}, ${s.minRiseFactor} * l, l + 4 * sqrt(l))),
island AS (
  SELECT bin, sum(CASE WHEN prev IS NULL OR bin > prev + INTERVAL ${(s.mergeGapWindows + 1) * w} SECOND THEN 1 ELSE 0 END)
           OVER (ORDER BY bin ROWS UNBOUNDED PRECEDING) AS g
  FROM (SELECT bin, lag(bin) OVER (ORDER BY bin) AS prev FROM flagged)
),
spans AS (SELECT g, min(bin) AS lo, max(bin) + INTERVAL ${w} SECOND AS hi FROM island GROUP BY g),
ev AS (SELECT s.g, s.lo, s.hi, c.* FROM cand c JOIN spans s ON c.ts >= s.lo AND c.ts < s.hi),
shared_burst AS (
  SELECT e.g, e.ip FROM ev e JOIN src_profile sp ON sp.ip = e.ip
  WHERE e.shared GROUP BY e.g, e.ip, e.lo, e.hi, sp.fail_share
  HAVING count(*) >= ${p.shared.minAbnormalFailures}
     AND count(*) >= ${p.shared.abnormalFactor} * sp.fail_share * ((SELECT count(*) FROM attempt x WHERE x.ip = e.ip AND x.ts >= e.lo AND x.ts < e.hi)
       + (SELECT count(*) FROM signin x WHERE x.success AND x.ip = e.ip AND x.ts >= e.lo AND x.ts < e.hi${keptSql('x', dismissals)}))
),
joined AS (SELECT * FROM ev WHERE NOT shared OR EXISTS (SELECT 1 FROM shared_burst b WHERE b.g = ev.g AND b.ip = ev.ip)),
tried AS (
  SELECT a."user", a.user_agent, a.ip, a.ts FROM attempt a SEMI JOIN (SELECT DISTINCT "user", user_agent FROM joined) j ON j."user" = a."user" AND j.user_agent = a.user_agent
  WHERE (a.failed OR a.accepted) AND NOT a.known AND NOT a.recovered
),
retried AS (SELECT "user", user_agent, min(ts) AS first_ts FROM tried GROUP BY ALL HAVING count(*) > ${s.maxAttemptsPerAccount}),
device_ok AS MATERIALIZED (
  SELECT "user", user_agent, ip, min(ts) AS first_ok, min(date_trunc('day', ts)) AS first_day, max(date_trunc('day', ts)) AS last_day
  FROM signin WHERE success AND ip IS NOT NULL AND "user" IN (SELECT "user" FROM retried)${keptSql('signin', dismissals)} GROUP BY ALL
),
device_days AS (SELECT "user", user_agent, min(first_day) < max(last_day) AS many_days FROM device_ok GROUP BY ALL),
retry AS (
  SELECT DISTINCT o."user", o.user_agent FROM device_ok o
  JOIN retried r ON r."user" = o."user" AND r.user_agent = o.user_agent
  JOIN device_days dd ON dd."user" = o."user" AND dd.user_agent = o.user_agent
  LEFT JOIN ok_pair op ON op."user" = o."user" AND op.ip = o.ip
  ANTI JOIN tried t ON t."user" = o."user" AND t.user_agent = o.user_agent AND t.ip = o.ip
  WHERE o.first_ok < r.first_ts OR coalesce(op.many_days, false) OR dd.many_days
     OR EXISTS (SELECT 1 FROM ip_net64 n JOIN own_net64 w ON w.net = n.net WHERE n.ip = o.ip AND w."user" = o."user" AND w.many_days)
),
members AS (SELECT * FROM joined j WHERE NOT EXISTS (SELECT 1 FROM retry r WHERE r."user" = j."user" AND r.user_agent = j.user_agent)),
kept AS (SELECT g FROM members GROUP BY g HAVING count(DISTINCT "user") >= ${s.minAccounts} AND count(DISTINCT ip) >= ${s.minSources})
SELECT 'distributed:' || m.g::VARCHAR, 'distributed', ${eventColumns('m')} FROM members m WHERE m.g IN (SELECT g FROM kept)`;
}

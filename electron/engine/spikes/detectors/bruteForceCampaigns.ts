import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sqlBin } from '../../sql/sqlBin';
import { eventColumns } from './campaignEvent';

/**
 * Statement adding brute-force campaigns to `campaign_event`: per account, every credential failure from an address
 * it had never signed in from, in windows (on two half-shifted grids) holding at least minFailures of them. Failures
 * from the account's usual addresses — a flaky client retrying a stale password — never count.
 */
export function bruteForceCampaignsSql(p: SpikeParams): string {
  const w = p.bruteForce.windowMinutes * 60;
  const half = Math.round((w * 1_000_000) / 2);
  return `INSERT INTO campaign_event
WITH acct_ev AS (
  SELECT *, ${sqlBin('ts', w)} AS b0, ${sqlBin(`(ts - to_microseconds(${half}))`, w)} AS b1 FROM attempt
  WHERE failed AND NOT known AND "user" IS NOT NULL
),
acct_hit AS (
  SELECT "user", 0 AS g, b0 AS win FROM acct_ev GROUP BY "user", b0 HAVING count(*) >= ${p.bruteForce.minFailures}
  UNION ALL
  SELECT "user", 1 AS g, b1 AS win FROM acct_ev GROUP BY "user", b1 HAVING count(*) >= ${p.bruteForce.minFailures}
)
SELECT 'brute_force:' || e."user", 'brute_force', ${eventColumns('e')} FROM acct_ev e
WHERE EXISTS (SELECT 1 FROM acct_hit h WHERE h.g = 0 AND h."user" = e."user" AND h.win = e.b0)
   OR EXISTS (SELECT 1 FROM acct_hit h WHERE h.g = 1 AND h."user" = e."user" AND h.win = e.b1)`;
}

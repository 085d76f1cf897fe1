import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sqlBin } from '../../sql/sqlBin';
import { keptSql } from './attemptTable';
import { eventColumns } from './campaignEvent';

/** The key prefix of a paced brute-force campaign (`brute_force:paced:<account>`): a brute force paced under the windowed rule's rate, medium unless it ends in a takeover. */
const pacedPrefix = 'brute_force:paced:';

/** Whether a campaign key is a paced brute force's (in JavaScript). */
export const isPacedCid = (cid: string): boolean => cid.startsWith(pacedPrefix);

/** SQL true when the campaign key `col` is a paced brute force's. */
export const pacedCidSql = (col: string): string => `starts_with(${col}, '${pacedPrefix}')`;

/**
 * Statement adding paced brute-force campaigns to `campaign_event`, run after every other campaign: per (account,
 * address), the credential failures no campaign claimed, from an address that is not the account's own (`known`), not
 * shared infrastructure and not a typo recovered there, with a user agent that is not the account's own device, when
 * they fall in at least `bruteForce.minFailures` distinct `bruteForce.windowMinutes` windows. Why: the windowed rule asks
 * minFailures failures inside one window, so a guesser pacing one try every 8–15 minutes for a day or two never fills
 * one; the same count, spread one or more per window, is asked here. The account's own device retrying an old
 * password is left out as the distributed rule defines it: a user agent the account succeeded with, from another
 * address, before the pair's first failure or on two days or more (a phone's mail app after a password change; its
 * carrier hands it a new address every few hours, so no pair of it reaches the count anyway). Only the successes of
 * the few candidate pairs' accounts are read, by an inner join from them, leaving out dismissed sources and accounts.
 */
export function pacedBruteForceSql(p: SpikeParams, dismissals = false): string {
  const bin = sqlBin('a.ts', p.bruteForce.windowMinutes * 60);
  return `INSERT INTO campaign_event
WITH pre AS MATERIALIZED (
  SELECT a."user", a.ip, min(a.ts) AS first_ts FROM attempt a
  WHERE a.failed AND NOT a.known AND NOT a.recovered AND a."user" IS NOT NULL AND a.ip IS NOT NULL
  GROUP BY a."user", a.ip HAVING count(DISTINCT ${bin}) >= ${p.bruteForce.minFailures}
),
ev AS MATERIALIZED (
  SELECT a.*, ${bin} AS win FROM pre JOIN attempt a ON a."user" = pre."user" AND a.ip = pre.ip
  LEFT JOIN src_profile sp ON sp.ip = a.ip
  WHERE a.failed AND NOT a.known AND NOT a.recovered AND NOT coalesce(sp.shared, false)
    AND NOT EXISTS (SELECT 1 FROM campaign_event ce WHERE ce.ts = a.ts AND ce."user" = a."user" AND ce.ip = a.ip)
),
own_ua AS (
  SELECT pre."user", pre.ip, s.user_agent FROM pre JOIN signin s ON s."user" = pre."user"
  WHERE s.success AND s.user_agent IS NOT NULL AND s.ip IS DISTINCT FROM pre.ip${keptSql('s', dismissals)}
  GROUP BY pre."user", pre.ip, s.user_agent, pre.first_ts
  HAVING min(s.ts) < pre.first_ts OR min(date_trunc('day', s.ts)) < max(date_trunc('day', s.ts))
),
guess AS (SELECT e.* FROM ev e ANTI JOIN own_ua o ON o."user" = e."user" AND o.ip = e.ip AND o.user_agent = e.user_agent),
kept AS (SELECT "user", ip FROM guess GROUP BY "user", ip HAVING count(DISTINCT win) >= ${p.bruteForce.minFailures})
SELECT '${pacedPrefix}' || g."user", 'brute_force', ${eventColumns('g')} FROM guess g SEMI JOIN kept k ON k."user" = g."user" AND k.ip = g.ip`;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { StaleDeviceDto } from '../../../../shared/api/findingEvidence';
import { queryRows } from '../../sql/queryRows';
import { sqlIso } from '../../sql/sqlIso';
import type { Campaign } from './campaignFindings';
import { relationExists } from './ipIntel';

/**
 * Hours after an account's own logged password change (or reset) within which a brute force of it may be its own
 * device holding the old password: a phone retries within minutes, a laptop at its next wake, the same day or the next
 * morning; the failures, and the owner's sign-in that ends them, must all fall in this window. Past a day the tries are
 * no longer the change's plain consequence, and a brute force a week later is judged as any other.
 */
export const staleDeviceHours = 24;

/**
 * Most failures a device holding an old password makes before the owner's sign-in ends them: a lockout policy stops
 * it at its threshold (Microsoft's security baseline 10, CIS 5) and the "locked" answers that follow stop when the
 * owner is unlocked and signs in; a guesser's hundreds are no device.
 */
export const staleDeviceMaxFailures = 50;

/** The key prefix of the owner's device after a password change (`brute_force:stale:<account>`): the sources of a brute force that rule 18 sets apart. */
export const stalePrefix = 'brute_force:stale:';

/** The account's own device after its password change, per account: what its finding then says. */
export interface StaleDevice {
  cid: string;
  user: string;
  changeKind: 'password_change' | 'password_reset';
  changeAt: string;
  changedBy: string | null;
  ownerAt: string;
  lockoutAt: string | null;
  lockoutHost: string | null;
}

/**
 * Sets apart in `campaign_event` the sources of brute-force campaigns that are the account's own device after its
 * password change (docs/detection-scenarios.md, rule 18), and returns them per account. A source (an address of a
 * brute force of one account) is one when its failures all fall within `staleDeviceHours` after that account's latest
 * logged change or reset (`account_event`) before its first failure there, the campaign holds at most
 * `staleDeviceMaxFailures` failures from it, the owner then signs in from that address within the same window (so the
 * address is the owner's), no failure of the account comes from it after that sign-in in the window, and no other
 * account was tried from it between its first failure and that sign-in. Its events move to the campaign
 * `brute_force:stale:<account>`, a finding of its own (markStaleDevice); what is left of the campaign it came from is
 * judged alone, and dropped when it holds fewer than `minFailures` failures (the device's tries were what made it a
 * brute force). A guesser does not time a brute force to the minutes after the owner's change, and a real one keeps
 * its tells (many tries, other accounts from the address, tries after the owner's success), which leave it out. Nothing
 * changes when the case holds no account event.
 */
export async function setApartStaleDevices(c: DuckDBConnection, minFailures: number): Promise<StaleDevice[]> {
  if (!(await relationExists(c, 'account_event'))) return [];
  if ((await queryRows(c, `SELECT 1 FROM account_event WHERE kind IN ('password_change', 'password_reset') LIMIT 1`)).length === 0) return [];
  const window = `INTERVAL ${staleDeviceHours} HOUR`;
  await c.run(`CREATE OR REPLACE TEMP TABLE stale_source AS
WITH one AS (
  SELECT cid FROM campaign_event WHERE shape = 'brute_force' AND NOT starts_with(cid, '${stalePrefix}') GROUP BY cid HAVING count(DISTINCT "user") = 1 AND count(*) FILTER (WHERE "user" IS NULL) = 0
),
src AS (
  SELECT e.cid, any_value(e."user") AS "user", e.ip, min(e.ts) AS first_ts, max(e.ts) AS last_ts, count(*) AS failures
  FROM campaign_event e SEMI JOIN one USING (cid) WHERE e.ip IS NOT NULL GROUP BY e.cid, e.ip
  HAVING count(*) <= ${staleDeviceMaxFailures}
),
chg AS (
  SELECT src.cid, src.ip, arg_max(ae.ts, ae.ts) AS change_ts, arg_max(ae.kind, ae.ts) AS change_kind, arg_max(ae.by_user, ae.ts) AS changed_by
  FROM src JOIN account_event ae ON lower(ae."user") = lower(src."user")
  WHERE ae.kind IN ('password_change', 'password_reset') AND ae.ts <= src.first_ts
  GROUP BY src.cid, src.ip
),
cand AS (
  SELECT src.*, chg.change_ts, chg.change_kind, chg.changed_by,
         (SELECT min(s.ts) FROM signin s WHERE s."user" = src."user" AND s.ip = src.ip AND s.success AND s.ts > src.last_ts AND s.ts <= chg.change_ts + ${window}) AS ok_ts
  FROM src JOIN chg USING (cid, ip) WHERE src.last_ts <= chg.change_ts + ${window}
)
SELECT cand.*, (SELECT arg_min({'ts': ae.ts, 'host': ae.host}, ae.ts) FROM account_event ae
                WHERE lower(ae."user") = lower(cand."user") AND ae.kind = 'lockout' AND ae.ts BETWEEN cand.first_ts AND cand.ok_ts) AS lockout
FROM cand
WHERE ok_ts IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a."user" = cand."user" AND a.ip = cand.ip AND a.failed AND a.ts > cand.ok_ts AND a.ts <= cand.change_ts + ${window})
  AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a.ip = cand.ip AND a."user" IS DISTINCT FROM cand."user" AND a.ts BETWEEN cand.first_ts AND cand.ok_ts)`);
  const rows = await queryRows<StaleDevice>(
    c,
    `SELECT '${stalePrefix}' || "user" AS cid, "user", arg_min(change_kind, first_ts) AS "changeKind", ${sqlIso('arg_min(change_ts, first_ts)')} AS "changeAt",
       arg_min(changed_by, first_ts) AS "changedBy", ${sqlIso('max(ok_ts)')} AS "ownerAt", ${sqlIso('min(lockout.ts)')} AS "lockoutAt", arg_min(lockout.host, lockout.ts) AS "lockoutHost"
     FROM stale_source GROUP BY "user" ORDER BY "user"`,
  );
  await c.run(`UPDATE campaign_event e SET cid = '${stalePrefix}' || e."user" FROM stale_source s WHERE e.cid = s.cid AND e.ip = s.ip;
DELETE FROM campaign_event WHERE cid IN (
  SELECT cid FROM campaign_event WHERE cid IN (SELECT cid FROM stale_source) GROUP BY cid HAVING count(*) < ${minFailures}
);
DROP TABLE stale_source`);
  return rows;
}

/**
 * Reads a set-apart brute force as the account's own device after its password change: medium at most, its summary
 * naming the change, the lockout and the owner's sign-in, its evidence `staleDevice`. Its events are then taken out of
 * `campaign_event` by the caller, so the owner's sign-in there is no takeover and its address no campaign source for others.
 */
export function markStaleDevice(campaign: Campaign, s: StaleDevice): void {
  const f = campaign.finding;
  const change = s.changeKind === 'password_change' ? `${s.user} changed its password at ${s.changeAt} (account event)` : `${s.changedBy ?? 'another account'} reset ${s.user}'s password at ${s.changeAt} (account event)`;
  const lockout = s.lockoutAt ? `; the account was locked out at ${s.lockoutAt}${s.lockoutHost ? ` (caller ${s.lockoutHost})` : ''}` : '';
  f.severity = f.severity === 'low' ? 'low' : 'medium';
  f.summary = `${f.summary} It began after ${change}, and the account signed in from the same address at ${s.ownerAt}${lockout}: the pattern of the owner's own device still holding the old password, not of a guesser; confirm the device with the owner before closing it.`;
  const staleDevice: StaleDeviceDto = { changeKind: s.changeKind, changeAt: s.changeAt, changedBy: s.changedBy, ownerAt: s.ownerAt, lockoutAt: s.lockoutAt };
  f.evidence = { ...f.evidence, staleDevice };
}

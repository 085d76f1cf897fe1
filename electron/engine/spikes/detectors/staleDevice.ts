import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../sql/queryRows';
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

/** A brute force read as the account's own device after its password change: what the finding then says. */
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
 * The brute-force campaigns in `campaign_event` that are the account's own device after its password change
 * (docs/detection-scenarios.md, rule 18): one account; every failure within `staleDeviceHours` after that account's
 * own logged change or reset (`account_event`, the latest before the first failure); at most `staleDeviceMaxFailures`
 * failures; every source an address the owner then signs in from within the same window (the owner's sign-in shows the
 * address is the owner's); and each behaving as a device: no failure of the account from it after that sign-in in the
 * window, and no other account tried from it between the first failure and that sign-in. A guesser does not time a
 * brute force to the minutes after the owner's change, and a real one keeps its tells (many tries, other accounts
 * from the address, tries after the owner's success), which leave it out. Empty when the case holds no account event.
 */
export async function staleDevices(c: DuckDBConnection): Promise<StaleDevice[]> {
  if (!(await relationExists(c, 'account_event'))) return [];
  const window = `INTERVAL ${staleDeviceHours} HOUR`;
  return queryRows<StaleDevice>(
    c,
    `WITH bf AS (
  SELECT cid, any_value("user") AS "user", min(ts) AS first_ts, max(ts) AS last_ts, count(*) AS failures
  FROM campaign_event WHERE shape = 'brute_force' AND "user" IS NOT NULL AND ip IS NOT NULL
  GROUP BY cid HAVING count(DISTINCT "user") = 1 AND count(*) <= ${staleDeviceMaxFailures}
),
chg AS (
  SELECT bf.cid, arg_max(ae.ts, ae.ts) AS change_ts, arg_max(ae.kind, ae.ts) AS change_kind, arg_max(ae.by_user, ae.ts) AS changed_by
  FROM bf JOIN account_event ae ON lower(ae."user") = lower(bf."user")
  WHERE ae.kind IN ('password_change', 'password_reset') AND ae.ts <= bf.first_ts
  GROUP BY bf.cid
),
cand AS (SELECT bf.*, chg.change_ts, chg.change_kind, chg.changed_by FROM bf JOIN chg USING (cid) WHERE bf.last_ts <= chg.change_ts + ${window}),
src AS (
  SELECT e.cid, e.ip, max(e.ts) AS last_fail FROM campaign_event e SEMI JOIN cand USING (cid) GROUP BY e.cid, e.ip
),
owner AS (
  SELECT src.cid, src.ip, cand."user", cand.first_ts,
         (SELECT min(s.ts) FROM signin s WHERE s."user" = cand."user" AND s.ip = src.ip AND s.success AND s.ts > src.last_fail AND s.ts <= cand.change_ts + ${window}) AS ok_ts,
         cand.change_ts
  FROM src JOIN cand USING (cid)
),
device AS (
  SELECT o.*, ok_ts IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a."user" = o."user" AND a.ip = o.ip AND a.failed AND a.ts > o.ok_ts AND a.ts <= o.change_ts + ${window})
    AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a.ip = o.ip AND a."user" IS DISTINCT FROM o."user" AND a.ts BETWEEN o.first_ts AND o.ok_ts) AS like_device
  FROM owner o
),
stale AS (SELECT cid, max(ok_ts) AS owner_ts FROM device GROUP BY cid HAVING bool_and(like_device))
SELECT cand.cid, cand."user", cand.change_kind AS "changeKind", strftime(cand.change_ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS "changeAt",
       cand.changed_by AS "changedBy", strftime(stale.owner_ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS "ownerAt",
       strftime(lk.ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS "lockoutAt", lk.host AS "lockoutHost"
FROM stale JOIN cand USING (cid)
LEFT JOIN LATERAL (
  SELECT ts, host FROM account_event ae WHERE lower(ae."user") = lower(cand."user") AND ae.kind = 'lockout' AND ae.ts BETWEEN cand.first_ts AND stale.owner_ts ORDER BY ts LIMIT 1
) lk ON true
ORDER BY cand.cid`,
  );
}

/**
 * Reads a brute force as the account's own device after its password change: medium at most, its summary naming the
 * change, the lockout and the owner's sign-in, its evidence `staleDevice`. Its events are then taken out of
 * `campaign_event` by the caller, so the owner's sign-in is no takeover and its address no campaign source for others.
 */
export function markStaleDevice(campaign: Campaign, s: StaleDevice): void {
  const f = campaign.finding;
  const change = s.changeKind === 'password_change' ? `${s.user} changed its password at ${s.changeAt} (account event)` : `${s.changedBy ?? 'another account'} reset ${s.user}'s password at ${s.changeAt} (account event)`;
  const lockout = s.lockoutAt ? `; the account was locked out at ${s.lockoutAt}${s.lockoutHost ? ` (caller ${s.lockoutHost})` : ''}` : '';
  f.severity = f.severity === 'low' ? 'low' : 'medium';
  f.summary = `${f.summary} It began after ${change}, and the owner signed in from the same address at ${s.ownerAt}${lockout}: a device of the owner still holding the old password, not a guesser.`;
  f.evidence = { ...f.evidence, staleDevice: { changeKind: s.changeKind, changeAt: s.changeAt, changedBy: s.changedBy, ownerAt: s.ownerAt, lockoutAt: s.lockoutAt } };
}

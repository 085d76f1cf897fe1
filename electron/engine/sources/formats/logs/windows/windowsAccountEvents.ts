import { sqlString } from '../../../../sql/sqlString';
import type { AccountEventKind, AccountEventMapping } from '../RecordMapping';
import { type DateOrder, zonedTimeSql } from '../zonedTimeSql';
import { windowsLogonNames } from './windowsLogon';

/**
 * The Security events that say what happened to an account, by kind: 4723 its owner changed its password, 4724
 * someone else (an administrator, the help desk) reset it, 4740 it was locked out, 4767 it was unlocked. Why read:
 * failures of one account that begin after its own password change are its other devices holding the old one
 * (spikes/detectors/staleDevice.ts).
 */
export const windowsAccountEventKinds: Readonly<Record<number, AccountEventKind>> = { 4723: 'password_change', 4724: 'password_reset', 4740: 'lockout', 4767: 'unlock' };

/** The event ids of windowsAccountEventKinds, which the EVTX and XML staging keep whole as they keep the sign-ins. */
export const windowsAccountEventIds: readonly number[] = Object.keys(windowsAccountEventKinds).map(Number);

/**
 * Names each account-event field reads, flat names first as in windowsLogonNames: the account acted on (Target),
 * the account that acted (Subject) and, for a lockout, the caller computer, which Windows writes in TargetDomainName.
 */
export const windowsAccountNames: Record<string, string[]> = {
  event_id_text: windowsLogonNames.event_id_text ?? [],
  channel: windowsLogonNames.channel ?? [],
  time: windowsLogonNames.time ?? [],
  target: ['TargetUserName', 'winlog.event_data.TargetUserName', 'Event.EventData.TargetUserName', 'user.target.name'],
  subject: ['SubjectUserName', 'winlog.event_data.SubjectUserName', 'Event.EventData.SubjectUserName'],
  caller: ['TargetDomainName', 'winlog.event_data.TargetDomainName', 'Event.EventData.TargetDomainName'],
  host: windowsLogonNames.host ?? [],
};

/**
 * The account-event mapping of a Windows Security export over its field layers (fields named as in
 * windowsAccountNames): the account as its sign-ins name it (TargetUserName as logged), who acted (none for a lockout,
 * whose Subject is the DC's own machine account), and the caller computer of a lockout, else the logging host.
 */
export function windowsAccountEvents(fieldLayers: Array<Record<string, string>>, timezone: string, dateOrder: DateOrder | undefined): AccountEventMapping {
  const kinds = Object.entries(windowsAccountEventKinds).map(([id, kind]) => `WHEN ${id} THEN ${sqlString(kind)}`).join(' ');
  return {
    layers: [...fieldLayers, { eid: 'try_cast(event_id_text AS INTEGER)' }],
    where: `eid IN (${windowsAccountEventIds.join(', ')}) AND (channel IS NULL OR lower(channel) = 'security') AND target IS NOT NULL`,
    columns: {
      ts: zonedTimeSql('time', timezone, dateOrder ?? 'mdy'),
      user: 'target',
      kind: `CASE eid ${kinds} END`,
      by_user: 'CASE WHEN eid = 4740 THEN NULL ELSE subject END',
      host: 'CASE WHEN eid = 4740 THEN caller ELSE host END',
    },
  };
}

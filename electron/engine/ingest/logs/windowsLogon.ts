import type { CanonicalColumn } from './canonicalColumns';
import { clientIpSql } from './clientIpSql';
import { ntstatusPickSql, ntstatusReasonSql, ntstatusSql } from './failureReason';
import { zonedTimeSql } from './zonedTimeSql';

/** Names each Windows logon field reads, in the order tried; flat names (NXLog, Sentinel SecurityEvent) first. */
export const windowsLogonNames: Record<string, string[]> = {
  event_id_text: ['EventID', 'EventId', 'winlog.event_id', 'event.code', 'Event.System.EventID.#text', 'Event.System.EventID'],
  status: ['Status', 'winlog.event_data.Status', 'Event.EventData.Status'],
  sub: ['SubStatus', 'winlog.event_data.SubStatus', 'Event.EventData.SubStatus'],
  time: ['@timestamp', 'TimeGenerated', 'TimeCreated', 'Event.System.TimeCreated.#attributes.SystemTime', 'EventTime', 'timestamp'],
  target: ['TargetUserName', 'winlog.event_data.TargetUserName', 'Event.EventData.TargetUserName'],
  address: ['IpAddress', 'winlog.event_data.IpAddress', 'Event.EventData.IpAddress'],
  workstation: ['WorkstationName', 'winlog.event_data.WorkstationName', 'Event.EventData.WorkstationName', 'Workstation', 'winlog.event_data.Workstation', 'Event.EventData.Workstation'],
  host: ['Hostname', 'Computer', 'winlog.computer_name', 'Event.System.Computer'],
};

/** Canonical field → Windows field, for previews. */
export const windowsLogonMapping: Record<string, string> = {
  ts: '@timestamp (else TimeGenerated, System/TimeCreated, EventTime — the last is local time)',
  user: 'TargetUserName',
  ip: 'IpAddress, else WorkstationName / Workstation (a host name) when the address is "-"',
  success: 'EventID 4624, or 4776 with Status 0x0',
  failure_reason: 'SubStatus (else Status) via the NTSTATUS table',
  result_code: 'SubStatus (else Status), as written',
  app: 'the host logged on to (Hostname, Computer)',
};

/** The layer normalising the codes and event id, over the fields of windowsLogonNames. */
export const windowsLogonCodes: Record<string, string> = {
  status_n: ntstatusSql('status'),
  sub_n: ntstatusSql('sub'),
  event_id: 'try_cast(event_id_text AS INTEGER)',
};

/**
 * The Security events that are sign-ins: 4624 success, 4625 failure, 4776 NTLM credential validation. EVTX staging keeps
 * the EventData of these events only (the others are counted and skipped), so a sign-in event is added here, not only to
 * windowsLogonRelevant.
 */
export const windowsLogonEventIds: readonly number[] = [4624, 4625, 4776];

/** SQL: the record is one of windowsLogonEventIds; other events are skipped. */
export const windowsLogonRelevant = `event_id IN (${windowsLogonEventIds.join(', ')})`;

/** The signin columns of a Windows logon over the fields and codes layers. */
export function windowsLogonColumns(timezone: string): Partial<Record<CanonicalColumn, string>> {
  const success = `(event_id = 4624 OR (event_id = 4776 AND coalesce(status_n, '0x00000000') = '0x00000000'))`;
  return {
    ts: zonedTimeSql('time', timezone),
    user: 'target',
    ip: clientIpSql(`regexp_replace(coalesce(address, workstation), '^::ffff:', '')`),
    success,
    failure_reason: `CASE WHEN ${success} THEN NULL ELSE ${ntstatusReasonSql(ntstatusPickSql('status_n', 'sub_n'))} END`,
    result_code: `CASE WHEN sub_n IS NOT NULL AND sub_n <> '0x00000000' THEN sub ELSE status END`,
    app: 'host',
  };
}

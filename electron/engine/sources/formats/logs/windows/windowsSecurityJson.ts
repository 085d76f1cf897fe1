import { headJsonRecords, pathOf } from '../firstJsonRecord';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { windowsAccountEventIds } from './windowsAccountEvents';
import { windowsJsonRecordMapping } from './windowsJsonRecordMapping';
import { windowsLogonEventIds, windowsLogonMapping, windowsLogonNames } from './windowsLogon';

/** Windows Security logon events 4624 (success), 4625 (failure) and 4776 (NTLM validation on the DC) exported as JSON. */
export const windowsSecurityJson = logLoader({
  format: 'windows-security-json',
  kind: 'signin',
  label: 'Windows Security events 4624 / 4625 / 4648 / 4768 / 4769 / 4771 / 4776 as JSON (NXLog, Winlogbeat, evtx_dump, Sentinel SecurityEvent)',
  stage: 'json',
  detect(head) {
    return headJsonRecords(head, 500).some(isWindowsEvent);
  },
  mapping: windowsLogonMapping,
  notes: [`Only Security events ${windowsLogonEventIds.join(', ')} are loaded as sign-ins, and ${windowsAccountEventIds.join(', ')} as account events; other events and channels (Sysmon, PowerShell…) are skipped and counted.`, "NXLog EventTime is the host's local time: it is used only when no UTC time exists."],
  build({ staged, timezone, dateOrder }): RecordMapping {
    return {
      ...windowsJsonRecordMapping(staged, timezone, dateOrder),
      timeExpected: 'a time in @timestamp, TimeGenerated or EventTime',
      unparsed: 'expected a JSON object (one Windows event)',
    };
  },
});

/**
 * A Windows event record of any channel: detection judges the file by all the records of its head, so a channel export
 * whose first records are Sysmon or PowerShell is still read, its Security logon events loaded and the others counted.
 */
function isWindowsEvent(r: Record<string, unknown>): boolean {
  const id = (windowsLogonNames.event_id_text ?? []).map((p) => pathOf(r, p)).find((v) => v !== undefined);
  if (id === undefined) return false;
  const channel = String(pathOf(r, 'Channel') ?? pathOf(r, 'winlog.channel') ?? pathOf(r, 'Event.System.Channel') ?? '');
  const provider = String(pathOf(r, 'SourceName') ?? pathOf(r, 'winlog.provider_name') ?? pathOf(r, 'EventSourceName') ?? pathOf(r, 'Provider') ?? '');
  return channel !== '' || provider !== '' || pathOf(r, 'TargetUserName') !== undefined;
}

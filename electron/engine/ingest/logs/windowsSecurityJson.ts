import { firstJsonRecord, pathOf } from './firstJsonRecord';
import { jsonFieldLayers } from './jsonFields';
import { logLoader } from './logLoader';
import type { RecordMapping } from './RecordMapping';
import { windowsLogonCodes, windowsLogonColumns, windowsLogonMapping, windowsLogonNames, windowsLogonRelevant } from './windowsLogon';

/** Windows Security logon events 4624 (success), 4625 (failure) and 4776 (NTLM validation on the DC) exported as JSON. */
export const windowsSecurityJson = logLoader({
  format: 'windows-security-json',
  kind: 'signin',
  label: 'Windows Security events 4624 / 4625 / 4776 as JSON (NXLog, Winlogbeat, evtx_dump, Sentinel SecurityEvent)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    const id = (windowsLogonNames.event_id_text ?? []).map((p) => pathOf(r, p)).find((v) => v !== undefined);
    if (id === undefined) return false;
    const channel = String(pathOf(r, 'Channel') ?? pathOf(r, 'winlog.channel') ?? pathOf(r, 'Event.System.Channel') ?? '');
    const provider = String(pathOf(r, 'SourceName') ?? pathOf(r, 'winlog.provider_name') ?? pathOf(r, 'EventSourceName') ?? pathOf(r, 'Provider') ?? '');
    return /^security$/i.test(channel) || /security-auditing/i.test(provider) || pathOf(r, 'TargetUserName') !== undefined;
  },
  mapping: windowsLogonMapping,
  notes: ['Only EventID 4624, 4625 and 4776 are loaded; other Security events are skipped.', "NXLog EventTime is the host's local time: it is used only when no UTC time exists."],
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [...jsonFieldLayers(windowsLogonNames), windowsLogonCodes],
      parsed: 'j IS NOT NULL',
      relevant: windowsLogonRelevant,
      columns: windowsLogonColumns(timezone),
      timeText: 'time',
      timeExpected: 'a time in @timestamp, TimeGenerated or EventTime',
      unparsed: 'expected a JSON object (one Windows event)',
    };
  },
});

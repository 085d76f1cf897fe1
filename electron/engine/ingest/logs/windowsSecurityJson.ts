import { clientIpSql } from './clientIpSql';
import { ntstatusPickSql, ntstatusReasonSql, ntstatusSql } from './failureReason';
import { firstJsonRecord, pathOf } from './firstJsonRecord';
import { jsonFieldLayers } from './jsonText';
import { logLoader } from './logLoader';
import type { RecordMapping } from './RecordMapping';
import { zonedTimeSql } from './zonedTimeSql';

/** Where an event-data field sits in the JSON shapes of Windows events: flat (NXLog, Sentinel), Winlogbeat, evtx_dump / EvtxECmd. */
function dataField(name: string): string[] {
  return [name, `winlog.event_data.${name}`, `Event.EventData.${name}`];
}

const eventIdPaths = ['EventID', 'EventId', 'winlog.event_id', 'event.code', 'Event.System.EventID.#text', 'Event.System.EventID'];
const timePaths = ['@timestamp', 'TimeGenerated', 'TimeCreated', 'Event.System.TimeCreated.#attributes.SystemTime', 'EventTime', 'timestamp'];

/** Windows Security logon events 4624 (success), 4625 (failure) and 4776 (NTLM validation on the DC) exported as JSON. */
export const windowsSecurityJson = logLoader({
  format: 'windows-security-json',
  kind: 'signin',
  label: 'Windows Security events 4624 / 4625 / 4776 as JSON (NXLog, Winlogbeat, evtx_dump, Sentinel SecurityEvent)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    const id = eventIdPaths.map((p) => pathOf(r, p)).find((v) => v !== undefined);
    if (id === undefined) return false;
    const channel = String(pathOf(r, 'Channel') ?? pathOf(r, 'winlog.channel') ?? pathOf(r, 'Event.System.Channel') ?? '');
    const provider = String(pathOf(r, 'SourceName') ?? pathOf(r, 'winlog.provider_name') ?? pathOf(r, 'EventSourceName') ?? pathOf(r, 'Provider') ?? '');
    return /^security$/i.test(channel) || /security-auditing/i.test(provider) || pathOf(r, 'TargetUserName') !== undefined;
  },
  mapping: {
    ts: '@timestamp (else TimeGenerated, System/TimeCreated, EventTime — the last is local time)',
    user: 'TargetUserName',
    ip: 'IpAddress, else WorkstationName / Workstation (a host name) when the address is "-"',
    success: 'EventID 4624, or 4776 with Status 0x0',
    failure_reason: 'SubStatus (else Status) via the NTSTATUS table',
    result_code: 'SubStatus (else Status), as written',
    app: 'the host logged on to (Hostname, Computer)',
  },
  notes: ['Only EventID 4624, 4625 and 4776 are loaded; other Security events are skipped.', 'NXLog EventTime is the host\'s local time: it is used only when no UTC time exists.'],
  build({ staged, timezone }): RecordMapping {
    const code = ntstatusPickSql('status_n', 'sub_n');
    const success = `(event_id = 4624 OR (event_id = 4776 AND coalesce(status_n, '0x00000000') = '0x00000000'))`;
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          event_id_text: eventIdPaths,
          status: dataField('Status'),
          sub: dataField('SubStatus'),
          time: timePaths,
          target: dataField('TargetUserName'),
          address: dataField('IpAddress'),
          workstation: [...dataField('WorkstationName'), ...dataField('Workstation')],
          host: ['Hostname', 'Computer', 'winlog.computer_name', 'Event.System.Computer'],
        }),
        { status_n: ntstatusSql('status'), sub_n: ntstatusSql('sub'), event_id: 'try_cast(event_id_text AS INTEGER)' },
      ],
      parsed: 'j IS NOT NULL',
      relevant: 'event_id IN (4624, 4625, 4776)',
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'target',
        ip: clientIpSql(`regexp_replace(coalesce(address, workstation), '^::ffff:', '')`),
        success,
        failure_reason: `CASE WHEN ${success} THEN NULL ELSE ${ntstatusReasonSql(code)} END`,
        result_code: `CASE WHEN sub_n IS NOT NULL AND sub_n <> '0x00000000' THEN sub ELSE status END`,
        app: 'host',
      },
      timeText: 'time',
      timeExpected: 'a time in @timestamp, TimeGenerated or EventTime',
      unparsed: 'expected a JSON object (one Windows event)',
    };
  },
});

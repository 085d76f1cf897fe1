import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { stageCsv } from '../stageCsv';
import { windowsAccountEventIds, windowsAccountEvents, windowsAccountNames } from './windowsAccountEvents';
import { windowsLogonColumns, windowsLogonEventIds, windowsLogonLayers, windowsLogonMapping, windowsLogonNames, windowsLogonRelevant } from './windowsLogon';

/** Windows Security logon events exported as CSV (Sentinel / Log Analytics SecurityEvent table: EventID, TargetUserName, IpAddress, Status…). */
export const windowsSecurityCsv = logLoader({
  format: 'windows-security-csv',
  kind: 'signin',
  label: 'Windows Security events 4624 / 4625 / 4648 / 4768 / 4769 / 4771 / 4776 as CSV (SecurityEvent export)',
  stage: 'custom',
  detect(head) {
    const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
    return cols.has('eventid') && cols.has('targetusername') && (cols.has('ipaddress') || cols.has('status') || cols.has('workstationname'));
  },
  mapping: { ...windowsLogonMapping, raw_ref: 'line of the record (exact while records do not span lines)' },
  notes: [
    `Only Security events ${windowsLogonEventIds.join(', ')} are loaded as sign-ins, and ${windowsAccountEventIds.join(', ')} as account events; other events and channels (Sysmon, PowerShell…) are skipped and counted.`,
    'SecurityEvent TimeGenerated has no zone and is UTC by specification; a "TimeGenerated [UTC]" column (the Log Analytics portal export) is read as UTC whatever the timezone option says.',
  ],
  async build({ c, file, staged, timezone, dateOrder }): Promise<RecordMapping> {
    const csv = await stageCsv(c, file, staged);
    const byLower = new Set(csv.columns.map((col) => col.toLowerCase()));
    const timeColumn = (windowsLogonNames.time ?? []).find((n) => byLower.has(n.toLowerCase())) ?? 'TimeGenerated';
    const zone = /\[utc\]/i.test(timeColumn) ? 'UTC' : timezone;
    return {
      from: staged,
      layers: [csvFields(csv.columns, windowsLogonNames), ...windowsLogonLayers(zone, dateOrder)],
      parsed: 'true',
      relevant: windowsLogonRelevant,
      columns: windowsLogonColumns(),
      timeText: 'time',
      timeExpected: `a time in ${timeColumn}`,
      unparsed: 'expected a SecurityEvent CSV record',
      stagingRejects: { rows: csv.rejects, count: csv.rejected },
      accountEvents: windowsAccountEvents([csvFields(csv.columns, windowsAccountNames)], zone, dateOrder),
    };
  },
});

import { csvFields } from './csvFields';
import { csvHeader } from './csvHeader';
import { logLoader } from './logLoader';
import type { RecordMapping } from './RecordMapping';
import { stageCsv } from './stageCsv';
import { windowsLogonCodes, windowsLogonColumns, windowsLogonMapping, windowsLogonNames, windowsLogonRelevant } from './windowsLogon';

/** Windows Security logon events exported as CSV (Sentinel / Log Analytics SecurityEvent table: EventID, TargetUserName, IpAddress, Status…). */
export const windowsSecurityCsv = logLoader({
  format: 'windows-security-csv',
  kind: 'signin',
  label: 'Windows Security events 4624 / 4625 / 4776 as CSV (SecurityEvent export)',
  stage: 'custom',
  detect(head) {
    const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
    return cols.has('eventid') && cols.has('targetusername') && (cols.has('ipaddress') || cols.has('status') || cols.has('workstationname'));
  },
  mapping: { ...windowsLogonMapping, raw_ref: 'line of the record (exact while records do not span lines)' },
  notes: ['Only EventID 4624, 4625 and 4776 are loaded; other Security events are skipped.', 'SecurityEvent TimeGenerated has no zone and is UTC by specification.'],
  async build({ c, file, staged, timezone }): Promise<RecordMapping> {
    const csv = await stageCsv(c, file, staged);
    return {
      from: staged,
      layers: [csvFields(csv.columns, windowsLogonNames), windowsLogonCodes],
      parsed: 'true',
      relevant: windowsLogonRelevant,
      columns: windowsLogonColumns(timezone),
      timeText: 'time',
      timeExpected: 'a time in TimeGenerated',
      unparsed: 'expected a SecurityEvent CSV record',
      stagingRejects: { rows: csv.rejects, count: csv.rejected },
    };
  },
});

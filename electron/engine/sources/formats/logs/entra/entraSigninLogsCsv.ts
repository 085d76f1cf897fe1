import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { entraSigninLogsColumns, entraSigninLogsFields, entraSigninLogsMapping, entraSigninLogsNames } from './entraSigninLogsFields';
import { entraCodeSql } from '../failureReason';
import { logLoader } from '../logLoader';
import { stageCsv } from '../stageCsv';

/**
 * Microsoft Entra SigninLogs exported as CSV from Log Analytics (`TimeGenerated [UTC]`, UserPrincipalName, ResultType…;
 * also the service principal and managed identity tables, ServicePrincipalName) or the portal download.
 */
export const entraSigninLogsCsv = logLoader({
  format: 'entra-signinlogs-csv',
  kind: 'signin',
  label: 'Microsoft Entra SigninLogs, CSV export (TimeGenerated, UserPrincipalName, ResultType)',
  stage: 'custom',
  detect(head) {
    const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
    const signer = cols.has('userprincipalname') || cols.has('serviceprincipalname');
    const la = signer && cols.has('resulttype') && (cols.has('timegenerated') || cols.has('timegenerated [utc]'));
    const portal = cols.has('username') && cols.has('sign-in error code') && cols.has('date (utc)');
    return la || portal;
  },
  mapping: { ...entraSigninLogsMapping, raw_ref: 'line of the record (exact while records do not span lines)' },
  notes: ['A "TimeGenerated [UTC]" column is read as UTC whatever the timezone option says.'],
  async build({ c, file, staged, timezone, dateOrder, staging }) {
    const csv = await stageCsv(c, file, staged, staging);
    const byLower = new Map(csv.columns.map((col) => [col.toLowerCase(), col]));
    const timeColumn = entraSigninLogsNames.time.find((n) => byLower.has(n.toLowerCase())) ?? 'TimeGenerated';
    const zone = /\[utc\]|\(utc\)/i.test(timeColumn) ? 'UTC' : timezone;
    return {
      from: staged,
      layers: [csvFields(csv.columns, entraSigninLogsFields), { code_n: entraCodeSql('code') }],
      parsed: 'true',
      relevant: 'true',
      columns: entraSigninLogsColumns(zone, dateOrder),
      timeText: 'time',
      timeExpected: `a time in column ${timeColumn}`,
      unparsed: 'expected a SigninLogs CSV record',
      ...(csv.direct ? { direct: csv.direct } : {}),
      stagingRejects: { rows: csv.rejects, count: csv.rejected },
    };
  },
});

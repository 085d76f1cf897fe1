import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { entraSigninLogsColumns, entraSigninLogsFields, entraSigninLogsMapping, entraSigninLogsNames } from './entraSigninLogsFields';
import { entraCodeSql } from '../failureReason';
import { logLoader } from '../logLoader';
import { stageCsv } from '../stageCsv';

/**
 * The admin center's download of service principal sign-ins: its `Application` is the signing app itself, so the app is
 * the `Resource` signed into, as for the AADServicePrincipalSignInLogs table.
 */
const servicePrincipalDownloadFields = { ...entraSigninLogsFields, app_name: ['Resource'] };

/**
 * Microsoft Entra SigninLogs exported as CSV from Log Analytics (`TimeGenerated [UTC]`, UserPrincipalName, ResultType…;
 * also the service principal and managed identity tables, ServicePrincipalName) or the admin center's download (`Date
 * (UTC)`, `Username`, `Sign-in error code`; its service principal sign-ins under `Service principal name`).
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
    const portal = (cols.has('username') || cols.has('service principal name')) && cols.has('sign-in error code') && cols.has('date (utc)');
    return la || portal;
  },
  mapping: { ...entraSigninLogsMapping, raw_ref: 'line of the record (exact while records do not span lines)' },
  notes: ['A "TimeGenerated [UTC]" column is read as UTC whatever the timezone option says.'],
  async build({ c, file, staged, timezone, dateOrder, staging }) {
    const csv = await stageCsv(c, file, staged, staging);
    const byLower = new Map(csv.columns.map((col) => [col.toLowerCase(), col]));
    const timeColumn = entraSigninLogsNames.time.find((n) => byLower.has(n.toLowerCase())) ?? 'TimeGenerated';
    const zone = /\[utc\]|\(utc\)/i.test(timeColumn) ? 'UTC' : timezone;
    const fields = byLower.has('service principal name') && !byLower.has('username') ? servicePrincipalDownloadFields : entraSigninLogsFields;
    return {
      from: staged,
      layers: [csvFields(csv.columns, fields), { code_n: entraCodeSql('code') }],
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

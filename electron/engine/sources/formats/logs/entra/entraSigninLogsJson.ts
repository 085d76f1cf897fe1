import { entraSigninLogsColumns, entraSigninLogsFields, entraSigninLogsMapping } from './entraSigninLogsFields';
import { entraCodeSql } from '../failureReason';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import { powerShellDateSql } from '../powerShellDateSql';

/**
 * Microsoft Entra SigninLogs exported as JSON from Log Analytics (PascalCase), Microsoft Graph (camelCase) or Microsoft
 * Graph PowerShell (`Get-MgAuditLogSignIn | ConvertTo-Json`, PascalCase paths), array or one per line.
 */
export const entraSigninLogsJson = logLoader({
  format: 'entra-signinlogs-json',
  kind: 'signin',
  label: 'Microsoft Entra SigninLogs, JSON export (UserPrincipalName, ResultType / Graph signIns / Get-MgAuditLogSignIn | ConvertTo-Json)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    const laShape = ('UserPrincipalName' in r || 'ServicePrincipalName' in r) && 'ResultType' in r;
    const graphShape = 'userPrincipalName' in r && 'createdDateTime' in r && pathOf(r, 'status.errorCode') !== undefined;
    const powerShellShape = 'UserPrincipalName' in r && 'CreatedDateTime' in r && pathOf(r, 'Status.ErrorCode') !== undefined;
    return laShape || graphShape || powerShellShape;
  },
  mapping: entraSigninLogsMapping,
  notes: ['Windows PowerShell 5.1 writes CreatedDateTime as "\\/Date(milliseconds)\\/": read as UTC.'],
  build({ staged, timezone, dateOrder }) {
    const columns = entraSigninLogsColumns(timezone, dateOrder);
    return {
      from: staged,
      layers: [...jsonFieldLayers(entraSigninLogsFields), { code_n: entraCodeSql('code') }],
      parsed: 'j IS NOT NULL',
      relevant: 'true',
      columns: { ...columns, ts: `coalesce(${powerShellDateSql('time')}, ${columns.ts ?? 'NULL'})` },
      timeText: 'time',
      timeExpected: 'a time in TimeGenerated (or createdDateTime, CreatedDateTime)',
      unparsed: 'expected a JSON object (one SigninLogs record)',
    };
  },
});

import { entraSigninLogsColumns, entraSigninLogsFields, entraSigninLogsMapping } from './entraSigninLogsFields';
import { entraCodeSql } from '../failureReason';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';

/** Microsoft Entra SigninLogs exported as JSON from Log Analytics (PascalCase) or Microsoft Graph (camelCase), array or one per line. */
export const entraSigninLogsJson = logLoader({
  format: 'entra-signinlogs-json',
  kind: 'signin',
  label: 'Microsoft Entra SigninLogs, JSON export (UserPrincipalName, ResultType / Graph signIns)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    const laShape = ('UserPrincipalName' in r || 'ServicePrincipalName' in r) && 'ResultType' in r;
    const graphShape = 'userPrincipalName' in r && 'createdDateTime' in r && pathOf(r, 'status.errorCode') !== undefined;
    return laShape || graphShape;
  },
  mapping: entraSigninLogsMapping,
  build({ staged, timezone, dateOrder }) {
    return {
      from: staged,
      layers: [...jsonFieldLayers(entraSigninLogsFields), { code_n: entraCodeSql('code') }],
      parsed: 'j IS NOT NULL',
      relevant: 'true',
      columns: entraSigninLogsColumns(timezone, dateOrder),
      timeText: 'time',
      timeExpected: 'a time in TimeGenerated (or createdDateTime)',
      unparsed: 'expected a JSON object (one SigninLogs record)',
    };
  },
});

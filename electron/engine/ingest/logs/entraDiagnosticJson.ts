import { clientIpSql } from './clientIpSql';
import { entraOutcome } from './entraOutcome';
import { firstJsonRecord, pathOf } from './firstJsonRecord';
import { firstText, jsonText } from './jsonText';
import { logLoader } from './logLoader';
import { zonedTimeSql } from './zonedTimeSql';

/** Microsoft Entra sign-in logs in the Azure Monitor diagnostic-settings schema (Event Hub / storage account JSON). */
export const entraDiagnosticJson = logLoader({
  format: 'entra-diagnostic-json',
  kind: 'signin',
  label: 'Microsoft Entra sign-in logs, diagnostic-settings JSON (properties.userPrincipalName, resultType)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && 'resultType' in r && pathOf(r, 'properties.userPrincipalName') !== undefined;
  },
  mapping: {
    ts: 'time (else properties.createdDateTime)',
    user: 'properties.userPrincipalName',
    ip: 'callerIpAddress (else properties.ipAddress)',
    success: 'resultType = 0',
    failure_reason: 'resultType (else properties.status.errorCode) via the Entra code table',
    result_code: 'resultType (else properties.status.errorCode)',
    app: 'properties.appDisplayName',
    user_agent: 'properties.userAgent',
    country: 'properties.location.countryOrRegion (else location)',
    asn: 'properties.autonomousSystemNumber',
  },
  notes: ['Every sign-in category is loaded (interactive, non-interactive, service principal, managed identity).'],
  build({ staged, timezone }) {
    const time = firstText(['time', 'properties.createdDateTime']);
    return {
      from: staged,
      parsed: 'j IS NOT NULL',
      relevant: `coalesce(${jsonText('category')} ILIKE '%signin%', true)`,
      columns: {
        ts: zonedTimeSql(time, timezone),
        user: firstText(['properties.userPrincipalName']),
        ip: clientIpSql(firstText(['callerIpAddress', 'properties.ipAddress'])),
        ...entraOutcome(firstText(['resultType', 'properties.status.errorCode'])),
        app: firstText(['properties.appDisplayName']),
        user_agent: firstText(['properties.userAgent']),
        country: firstText(['properties.location.countryOrRegion', 'location']),
        asn: firstText(['properties.autonomousSystemNumber']),
      },
      timeText: time,
      timeExpected: 'an ISO 8601 time in time or properties.createdDateTime',
      unparsed: 'expected a JSON object (one Entra diagnostic record)',
    };
  },
});

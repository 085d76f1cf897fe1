import { clientIpSql } from '../clientIpSql';
import { entraOutcome } from './entraOutcome';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { entraCodeSql } from '../failureReason';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Microsoft Entra sign-in logs in the Azure Monitor diagnostic-settings schema (Event Hub / storage account JSON). */
export const entraDiagnosticJson = logLoader({
  format: 'entra-diagnostic-json',
  kind: 'signin',
  label: 'Microsoft Entra sign-in logs, diagnostic-settings JSON (properties.userPrincipalName or servicePrincipalName, resultType)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && 'resultType' in r && (pathOf(r, 'properties.userPrincipalName') !== undefined || pathOf(r, 'properties.servicePrincipalName') !== undefined);
  },
  mapping: {
    ts: 'time (else properties.createdDateTime)',
    user: 'properties.userPrincipalName (else properties.servicePrincipalName: service principal and managed identity sign-ins)',
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
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          category: ['category'],
          time: ['time', 'properties.createdDateTime'],
          upn: ['properties.userPrincipalName', 'properties.servicePrincipalName'],
          address: ['callerIpAddress', 'properties.ipAddress'],
          code: ['resultType', 'properties.status.errorCode'],
          app_name: ['properties.appDisplayName'],
          agent: ['properties.userAgent'],
          cc: ['properties.location.countryOrRegion', 'location'],
          as_number: ['properties.autonomousSystemNumber'],
        }),
        { code_n: entraCodeSql('code') },
      ],
      parsed: 'j IS NOT NULL',
      relevant: `coalesce(category ILIKE '%signin%', true)`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'upn',
        ip: clientIpSql('address'),
        ...entraOutcome('code_n'),
        app: 'app_name',
        user_agent: 'agent',
        country: 'cc',
        asn: 'as_number',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in time or properties.createdDateTime',
      unparsed: 'expected a JSON object (one Entra diagnostic record)',
    };
  },
});

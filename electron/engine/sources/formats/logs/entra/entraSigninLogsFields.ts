import type { CanonicalColumn } from '../canonicalColumns';
import { trimSql } from '../../../../sql/trimSql';
import { clientIpSql } from '../clientIpSql';
import { entraOutcome } from './entraOutcome';
import { type DateOrder, zonedTimeSql } from '../zonedTimeSql';

/**
 * Source names of each field in the exported SigninLogs shapes, first found wins: Log Analytics
 * (PascalCase; the service principal and managed identity tables name the signer in ServicePrincipalName), Microsoft
 * Graph / portal JSON (camelCase paths), Microsoft Graph PowerShell's `Get-MgAuditLogSignIn | ConvertTo-Json` (the same
 * paths in PascalCase: CreatedDateTime, Status.ErrorCode, Location.CountryOrRegion) and the portal CSV download.
 */
export const entraSigninLogsNames = {
  time: ['TimeGenerated', 'TimeGenerated [UTC]', 'createdDateTime', 'CreatedDateTime', 'Date (UTC)'],
  user: ['UserPrincipalName', 'userPrincipalName', 'Username', 'ServicePrincipalName', 'Service principal name'],
  ip: ['IPAddress', 'ipAddress', 'IP address'],
  code: ['ResultType', 'status.errorCode', 'Status.ErrorCode', 'Sign-in error code'],
  app: ['AppDisplayName', 'appDisplayName', 'Application', 'ResourceDisplayName'],
  userAgent: ['UserAgent', 'userAgent', 'User agent'],
  country: ['location.countryOrRegion', 'Location.CountryOrRegion', 'Location'],
  asn: ['AutonomousSystemNumber', 'autonomousSystemNumber', 'Autonomous system number'],
};

/** Canonical field → source field, for the preview. */
export const entraSigninLogsMapping: Record<string, string> = {
  ts: 'TimeGenerated (or TimeGenerated [UTC], createdDateTime, CreatedDateTime)',
  user: 'UserPrincipalName (else ServicePrincipalName: the AADServicePrincipalSignInLogs and AADManagedIdentitySignInLogs tables; Username, Service principal name in the portal download)',
  ip: 'IPAddress',
  success: 'ResultType (or status.errorCode, Status.ErrorCode) = 0',
  failure_reason: 'ResultType via the Entra code table',
  result_code: 'ResultType (plain decimal text)',
  app: 'AppDisplayName (else ResourceDisplayName: the resource a service principal or managed identity signed into)',
  user_agent: 'UserAgent',
  country: 'Location (country code; last part of "City, State, CC"), or its CountryOrRegion in Graph JSON',
  asn: 'AutonomousSystemNumber',
};

/** Layer field → candidate source names, for the layers below. */
export const entraSigninLogsFields: Record<string, string[]> = {
  time: entraSigninLogsNames.time,
  upn: entraSigninLogsNames.user,
  address: entraSigninLogsNames.ip,
  code: entraSigninLogsNames.code,
  app_name: entraSigninLogsNames.app,
  agent: entraSigninLogsNames.userAgent,
  place: entraSigninLogsNames.country,
  as_number: entraSigninLogsNames.asn,
};

/** The signin column expressions over the layers of entraSigninLogsLayers. */
export function entraSigninLogsColumns(timezone: string, dateOrder: DateOrder = 'mdy'): Partial<Record<CanonicalColumn, string>> {
  return {
    ts: zonedTimeSql('time', timezone, dateOrder),
    user: 'upn',
    ip: clientIpSql('address'),
    ...entraOutcome('code_n'),
    app: 'app_name',
    user_agent: 'agent',
    country: `nullif(${trimSql(`CASE WHEN contains(place, ',') THEN regexp_extract(place, '([^,]*)$', 1) ELSE place END`)}, '')`,
    asn: 'as_number',
  };
}

import type { CanonicalColumn } from './canonicalColumns';
import { clientIpSql } from './clientIpSql';
import { entraOutcome } from './entraOutcome';
import { zonedTimeSql } from './zonedTimeSql';

/**
 * Source names of each field in the exported SigninLogs shapes, first found wins: Log Analytics
 * (PascalCase), Microsoft Graph / portal JSON (camelCase paths) and the portal CSV download.
 */
export const entraSigninLogsNames = {
  time: ['TimeGenerated', 'TimeGenerated [UTC]', 'createdDateTime', 'Date (UTC)'],
  user: ['UserPrincipalName', 'userPrincipalName', 'Username'],
  ip: ['IPAddress', 'ipAddress', 'IP address'],
  code: ['ResultType', 'status.errorCode', 'Sign-in error code'],
  app: ['AppDisplayName', 'appDisplayName', 'Application'],
  userAgent: ['UserAgent', 'userAgent', 'User agent'],
  country: ['Location', 'location.countryOrRegion'],
  asn: ['AutonomousSystemNumber', 'autonomousSystemNumber', 'Autonomous system number'],
};

/** Canonical field → source field, for the preview. */
export const entraSigninLogsMapping: Record<string, string> = {
  ts: 'TimeGenerated (or TimeGenerated [UTC], createdDateTime)',
  user: 'UserPrincipalName',
  ip: 'IPAddress',
  success: 'ResultType = 0',
  failure_reason: 'ResultType via the Entra code table',
  result_code: 'ResultType (plain decimal text)',
  app: 'AppDisplayName',
  user_agent: 'UserAgent',
  country: 'Location (country code; last part of "City, State, CC")',
  asn: 'AutonomousSystemNumber',
};

/** The signin column expressions of a SigninLogs export, given how to read a field by its candidate names. */
export function entraSigninLogsColumns(get: (names: string[]) => string, timezone: string): Partial<Record<CanonicalColumn, string>> {
  const country = get(entraSigninLogsNames.country);
  return {
    ts: zonedTimeSql(get(entraSigninLogsNames.time), timezone),
    user: get(entraSigninLogsNames.user),
    ip: clientIpSql(get(entraSigninLogsNames.ip)),
    ...entraOutcome(get(entraSigninLogsNames.code)),
    app: get(entraSigninLogsNames.app),
    user_agent: get(entraSigninLogsNames.userAgent),
    country: `nullif(trim(regexp_extract(${country}, '([^,]*)$', 1)), '')`,
    asn: get(entraSigninLogsNames.asn),
  };
}

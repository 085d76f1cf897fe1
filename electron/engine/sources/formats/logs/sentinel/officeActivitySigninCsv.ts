import { clientIpSql } from '../clientIpSql';
import { entraOutcome } from '../entra/entraOutcome';
import { entraCodeSql, textReasonSql } from '../failureReason';
import { sentinelTableCsv } from './sentinelTableCsv';

/** The OfficeActivity columns that tell this table from the others (the Purview audit CSV has AuditData and CreationDate instead). */
export const officeActivityColumns = ['Operation', 'UserId', 'OfficeWorkload', 'RecordType'];

const failedStatus = `lower(coalesce(status, '')) IN ('failed', 'failure', 'false')`;
const ok = `(operation = 'UserLoggedIn' AND NOT ${failedStatus})`;

/**
 * Microsoft Sentinel / Log Analytics OfficeActivity table (the Office 365 unified audit log as Sentinel stores it) exported
 * as CSV: UserLoggedIn and UserLoginFailed rows as sign-ins, read as the unified audit log's own records are.
 */
export const officeActivitySigninCsv = sentinelTableCsv({
  format: 'sentinel-officeactivity-signin-csv',
  kind: 'signin',
  table: 'OfficeActivity',
  label: 'Microsoft Sentinel OfficeActivity, CSV export: UserLoggedIn / UserLoginFailed',
  requires: officeActivityColumns,
  fields: {
    operation: ['Operation'],
    account: ['UserId'],
    address: ['ClientIP', 'Client_IPAddress', 'ActorIpAddress'],
    status: ['ResultStatus'],
    error_number: ['ErrorNumber'],
    logon_error: ['LogonError'],
    workload: ['OfficeWorkload'],
    agent: ['UserAgent'],
  },
  derived: { code_n: entraCodeSql('error_number') },
  mapping: {
    user: 'UserId',
    ip: 'ClientIP (else Client_IPAddress), port and brackets removed',
    success: 'Operation UserLoggedIn (unless ResultStatus says failed)',
    failure_reason: 'ErrorNumber via the Entra code table, else LogonError text, when the export holds them (else other)',
    result_code: 'ErrorNumber, else LogonError, else ResultStatus',
    app: 'OfficeWorkload',
    user_agent: 'UserAgent, when the export holds it',
  },
  notes: ['Only UserLoggedIn and UserLoginFailed rows are loaded; the other operations are skipped and counted.'],
  relevant: `operation IN ('UserLoggedIn', 'UserLoginFailed')`,
  columns: (ts) => ({
    ts,
    user: 'account',
    ip: clientIpSql('address'),
    success: ok,
    failure_reason: `CASE WHEN ${ok} THEN NULL WHEN code_n IS NOT NULL AND code_n <> '0' THEN ${entraOutcome('code_n').failure_reason} ELSE ${textReasonSql('logon_error')} END`,
    result_code: `coalesce(nullif(code_n, '0'), logon_error, status)`,
    app: 'workload',
    user_agent: 'agent',
  }),
});

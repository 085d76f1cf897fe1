import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { sentinelTableCsv } from './sentinelTableCsv';

/**
 * Microsoft Defender XDR's DeviceLogonEvents (Defender for Endpoint) and IdentityLogonEvents (Defender for Identity)
 * tables, exported as CSV from advanced hunting (Timestamp) or from Sentinel (TimeGenerated): ActionType LogonSuccess and
 * LogonFailed as sign-ins, LogonAttempted (the device could not tell the outcome) with none, FailureReason for the reason.
 */
export const defenderLogonEventsCsv = sentinelTableCsv({
  format: 'defender-logon-events-csv',
  kind: 'signin',
  table: 'DeviceLogonEvents / IdentityLogonEvents',
  label: 'Microsoft Defender DeviceLogonEvents / IdentityLogonEvents, CSV export (ActionType, AccountName, FailureReason)',
  requires: ['ActionType', 'LogonType', 'AccountName'],
  times: ['Timestamp', 'Timestamp [UTC]', 'TimeGenerated', 'TimeGenerated [UTC]'],
  fields: {
    action_type: ['ActionType'],
    upn: ['AccountUpn'],
    account: ['AccountName'],
    address: ['RemoteIP', 'IPAddress'],
    reason: ['FailureReason'],
    logon_type: ['LogonType'],
    protocol: ['Protocol'],
    application: ['Application'],
    device: ['DeviceName'],
  },
  mapping: {
    user: 'AccountUpn (IdentityLogonEvents), else AccountName',
    ip: 'RemoteIP (DeviceLogonEvents), else IPAddress (IdentityLogonEvents)',
    success: 'ActionType LogonSuccess; LogonFailed is a failure; LogonAttempted has no outcome (empty)',
    failure_reason: 'FailureReason (InvalidUserNameOrPassword bad_password, an unknown user no_such_user, a locked account locked, …)',
    result_code: 'ActionType, with FailureReason when there is one',
    app: 'Application (IdentityLogonEvents), else the DeviceName signed into, with LogonType and Protocol',
  },
  notes: ['Only LogonSuccess, LogonFailed and LogonAttempted rows are loaded; other action types are skipped and counted.'],
  relevant: `action_type IN ('LogonSuccess', 'LogonFailed', 'LogonAttempted')`,
  columns: (ts) => ({
    ts,
    user: 'coalesce(upn, account)',
    ip: clientIpSql('address'),
    success: `CASE action_type WHEN 'LogonSuccess' THEN true WHEN 'LogonFailed' THEN false END`,
    failure_reason: `CASE WHEN action_type = 'LogonFailed' THEN ${textReasonSql('reason')} END`,
    result_code: `action_type || coalesce(':' || reason, '')`,
    app: `nullif(concat_ws(' ', coalesce(application, device), logon_type, protocol), '')`,
  }),
});

import { sqlLookup } from '../../../sql/sqlLookup';
import { sqlString } from '../../../sql/sqlString';
import { trimSql } from '../../../sql/trimSql';
import { entraCodes } from './entra/entraCodes';

/**
 * The normalised failure vocabulary every sign-in family is mapped onto (docs/design.md §1). `mfa_required`: the
 * password was accepted and a second factor was then asked; `mfa_denied`: that second factor failed, was
 * denied or timed out; `interrupted`: an interrupt around an otherwise valid sign-in. None of these three is
 * a bad password (see passwordAcceptedSql).
 */
export const failureReasons = ['bad_password', 'no_such_user', 'locked', 'expired', 'mfa_required', 'mfa_denied', 'interrupted', 'other'] as const;
/** One of failureReasons. */
export type FailureReason = (typeof failureReasons)[number];

/** Windows NTSTATUS logon codes (lower-case `0x` hex, 8 digits); unlisted non-zero codes are `other`. */
export const ntstatusCodes: Record<string, FailureReason> = {
  '0xc000006a': 'bad_password',
  '0xc000006d': 'bad_password',
  '0xc0000064': 'no_such_user',
  '0xc0000234': 'locked',
  '0xc0000071': 'expired',
  '0xc0000193': 'expired',
  '0xc0000224': 'expired',
  '0xc0000072': 'other',
  '0xc000006f': 'other',
  '0xc0000070': 'other',
};

/**
 * Kerberos result codes of events 4768 / 4769 / 4771 (RFC 4120 KDC errors, normalised like NTSTATUS to 8-digit hex);
 * 0x12 KDC_ERR_CLIENT_REVOKED covers disabled, locked and expired accounts alike. Unlisted non-zero codes are `other`.
 */
export const kerberosCodes: Record<string, FailureReason> = {
  '0x00000006': 'no_such_user',
  '0x00000012': 'locked',
  '0x00000017': 'expired',
  '0x00000018': 'bad_password',
};

/**
 * Textual failure reasons of the other families, matched exactly (case-insensitive): Okta outcome.reason,
 * O365 LogonError, CloudTrail ConsoleLogin errorMessage, Google login_failure_type, sshd/PAM messages, FortiGate reasons, Keycloak errors, Cisco ASA reasons.
 */
export const textReasons: Record<string, FailureReason> = {
  'failed password': 'bad_password',
  'failed keyboard-interactive/pam': 'bad_password',
  'failed password for invalid user': 'no_such_user',
  'invalid user': 'no_such_user',
  'authentication failure': 'bad_password',
  'authentication failure; user unknown': 'no_such_user',
  'failed authentication': 'bad_password',
  'no username found in supplied account': 'no_such_user',
  invalid_credentials: 'bad_password',
  locked_out: 'locked',
  // Okta: the factor verification failed (https://developer.okta.com/docs/reference/api/event-types/).
  verification_error: 'mfa_denied',
  invalidusernameorpassword: 'bad_password',
  useraccountnotfound: 'no_such_user',
  idslocked: 'locked',
  login_failure_invalid_password: 'bad_password',
  // Google login_failure_type (https://developers.google.com/workspace/admin/reports/v1/appendix/activity/login).
  login_failure_invalid_second_factor: 'mfa_denied',
  login_failure_missing_second_factor: 'mfa_required',
  login_failure_account_disabled: 'other',
  // FortiGate administrator login reasons (FortiOS log message 0100032002, "Admin login failed").
  passwd_invalid: 'bad_password',
  name_invalid: 'no_such_user',
  // Cisco ASA 113015 (local database) rejection reasons.
  'invalid password': 'bad_password',
  'user was not found': 'no_such_user',
  // Keycloak event errors (org.keycloak.events.Errors).
  invalid_user_credentials: 'bad_password',
  user_not_found: 'no_such_user',
  user_temporarily_disabled: 'locked',
  user_disabled: 'locked',
  invalid_totp: 'mfa_denied',
  // O365 LogonError carries the Entra error names of the codes in entraCodes.
  userstrongauthclientauthnrequiredinterrupt: 'mfa_required',
  userstrongauthclientauthnrequired: 'mfa_required',
  userstrongauthenrollmentrequiredinterrupt: 'mfa_required',
  userstrongauthenrollmentrequired: 'mfa_required',
  externalsecuritychallenge: 'mfa_required',
  kmsiinterrupt: 'interrupted',
  passwordresetregistrationrequiredinterrupt: 'interrupted',
};

/** Fallback patterns (POSIX regex, case-insensitive) for texts not in textReasons, tried in order. */
export const textPatterns: Array<[string, FailureReason]> = [
  ['lock', 'locked'],
  ['unknown.?user|user.?(not.?found|unknown|does.?not.?exist)|no.?such.?user|account.?not.?found', 'no_such_user'],
  ['expire', 'expired'],
  ['(mfa|factor|strong.?auth).*(required|enrol|regist|missing)|(required|enrol|regist|missing).*(mfa|factor|strong.?auth)', 'mfa_required'],
  ['mfa|factor|strong.?auth|verif|challenge|otp|push', 'mfa_denied'],
  ['interrupt', 'interrupted'],
  ['password|credential|authentication', 'bad_password'],
];

/** SQL for an Entra result code normalised to a plain decimal string (`50126`, never `50126.0`). */
export function entraCodeSql(expr: string): string {
  const t = trimSql(`CAST(${expr} AS VARCHAR)`);
  return `CASE WHEN contains(${t}, '.') THEN regexp_replace(${t}, '\\.0+$', '') ELSE ${t} END`;
}

/** SQL: the failure reason of a normalised, non-zero Entra code. */
export function entraReasonSql(codeExpr: string): string {
  return `coalesce(${sqlLookup(`(${codeExpr})`, Object.entries(entraCodes))}, 'other')`;
}

/** SQL for an NTSTATUS value normalised to lower-case 8-digit `0x` hex; accepts `0xC000006A`, `C000006A` or a signed decimal. */
export function ntstatusSql(expr: string): string {
  const v = `lower(trim(CAST(${expr} AS VARCHAR)))`;
  return `CASE WHEN ${v} IN ('', '-') THEN NULL
    WHEN regexp_matches(${v}, '^-?[0-9]+$') THEN printf('0x%08x', CAST(${v} AS BIGINT) & 4294967295)
    WHEN regexp_matches(${v}, '^(0x)?[0-9a-f]{1,8}$') THEN printf('0x%08x', CAST(('0x' || regexp_replace(${v}, '^0x', '')) AS BIGINT))
    ELSE ${v} END`;
}

/** SQL: the meaningful NTSTATUS of a Windows logon from normalised codes, SubStatus preferred unless absent or success (0x0). */
export function ntstatusPickSql(statusNorm: string, subStatusNorm: string): string {
  return `CASE WHEN ${subStatusNorm} IS NOT NULL AND ${subStatusNorm} <> '0x00000000' THEN ${subStatusNorm} ELSE ${statusNorm} END`;
}

/** SQL: the failure reason of a normalised Kerberos result code. */
export function kerberosReasonSql(codeExpr: string): string {
  return `coalesce(${sqlLookup(`(${codeExpr})`, Object.entries(kerberosCodes))}, 'other')`;
}

/** SQL: the failure reason of a normalised NTSTATUS code. */
export function ntstatusReasonSql(codeExpr: string): string {
  return `coalesce(${sqlLookup(`(${codeExpr})`, Object.entries(ntstatusCodes))}, 'other')`;
}

/** SQL: the failure reason of a free-text reason (exact table first, then patterns, else `other`). */
export function textReasonSql(expr: string): string {
  const v = `lower(trim(CAST(${expr} AS VARCHAR)))`;
  const patterns = textPatterns.map(([re, reason]) => `WHEN regexp_matches(${v}, ${sqlString(re)}) THEN ${sqlString(reason)}`).join(' ');
  return `coalesce(${sqlLookup(v, Object.entries(textReasons))}, CASE ${patterns} ELSE 'other' END)`;
}


import type { FailureReason } from '../failureReason';

/**
 * Entra ID (Azure AD) sign-in error codes, as plain decimal strings; unlisted non-zero codes are `other`.
 * Meanings from Microsoft's "Microsoft Entra authentication and authorization error codes"
 * (https://learn.microsoft.com/entra/identity-platform/reference-error-codes, MicrosoftDocs/entra-docs
 * docs/identity-platform/reference-error-codes.md) unless noted. The `mfa_required`, `mfa_denied` and
 * `interrupted` codes are all reached after the password was checked, so none of them is a bad password.
 */
export const entraCodes: Record<string, FailureReason> = {
  // InvalidUserNameOrPassword; "Invalid or null password: password doesn't exist in the directory for this user".
  '50126': 'bad_password',
  '50056': 'bad_password',
  // InvalidClientSecretProvided: a service principal's (or application's) wrong client secret, its password.
  '7000215': 'bad_password',
  // UserAccountNotFound.
  '50034': 'no_such_user',
  // IdsLocked (or a sign-in blocked from a malicious IP, which the code does not tell apart).
  '50053': 'locked',
  // InvalidPasswordExpiredPassword, InvalidPasswordExpiredOnPremPassword, SsoArtifactRevoked.
  '50055': 'expired',
  '50144': 'expired',
  '50133': 'expired',
  // InvalidClientSecretExpiredKeysProvided: the service principal's client secret has expired.
  '7000222': 'expired',
  // UserStrongAuthEnrollmentRequiredInterrupt: the user must enrol a second factor (interactive).
  '50072': 'mfa_required',
  // UserStrongAuthClientAuthNRequiredInterrupt: strong authentication is required and was not yet passed.
  '50074': 'mfa_required',
  // UserStrongAuthClientAuthNRequired: the user must use multifactor authentication for this resource.
  '50076': 'mfa_required',
  // UserStrongAuthEnrollmentRequired: the user must register security info for MFA.
  '50079': 'mfa_required',
  // ExternalSecurityChallenge: an external (third-party MFA) challenge was not satisfied.
  '50158': 'mfa_required',
  // ProofUpBlockedDueToRisk: the user must complete MFA registration before access.
  '53004': 'mfa_required',
  // Not in the reference table; kept from the earlier mapping, where sign-in logs describe it as the
  // Authenticator app not being registered for the user.
  '50203': 'mfa_required',
  // "Authentication failed during strong authentication request" (https://login.microsoftonline.com/error?code=500121;
  // Microsoft's Entra security-operations guides list it as a failed or denied MFA prompt).
  '500121': 'mfa_denied',
  // SasRetryableError: a transient error during strong authentication.
  '50087': 'mfa_denied',
  // Limit on telecom MFA calls reached: the second factor could not be delivered.
  '50088': 'mfa_denied',
  // KmsiInterrupt: the "Keep me signed in" prompt, an expected step after a successful sign-in.
  '50140': 'interrupted',
  // PasswordResetRegistrationRequiredInterrupt: sign-in interrupted for password reset or registration entry.
  '50125': 'interrupted',
  // SelectUserAccount in the older table: an interrupt to pick among several valid SSO sessions
  // (the current table words it as an interaction-required account-in-tenant problem); never a password check.
  '16000': 'interrupted',
};

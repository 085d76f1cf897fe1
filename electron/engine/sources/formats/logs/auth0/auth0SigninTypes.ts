import type { FailureReason } from '../failureReason';

/**
 * Auth0 log event type codes that are sign-in attempts (https://auth0.com/docs/deploy-monitor/logs/log-event-type-codes),
 * each with its outcome: `success`, a failure reason, or `description` when only the event's description tells
 * (`f` failed login, `fcoa` failed cross-origin authentication, `fepft` failed password-for-token exchange). Every
 * other code (logout, signup, token exchange, silent authentication, management API) is skipped.
 */
export const auth0SigninTypes: Record<string, 'success' | 'description' | FailureReason> = {
  s: 'success',
  scoa: 'success',
  sepft: 'success',
  f: 'description',
  fcoa: 'description',
  fepft: 'description',
  fp: 'bad_password',
  fu: 'no_such_user',
  // Blocked account: too many failed attempts on it.
  limit_wc: 'locked',
  // Blocked address (limit_mu) and a login refused for a breached password (pwd_leak): stopped before the password was judged.
  limit_mu: 'other',
  pwd_leak: 'other',
  // The password was accepted and a second factor is asked; then a second factor that failed or a push rejected.
  mfar: 'mfa_required',
  gd_auth_failed: 'mfa_denied',
  gd_auth_rejected: 'mfa_denied',
};

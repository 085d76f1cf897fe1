import type { FailureReason } from '../failureReason';

/**
 * Reasons of a Duo authentication that did not succeed (Admin API authentication logs, `reason`:
 * https://duo.com/docs/adminapi#authentication-logs), as failure reasons. Duo is asked after the primary password was
 * accepted, so a second factor refused, wrong, unanswered or reported as fraud is `mfa_denied` and a user who has no
 * factor enrolled is `mfa_required`; a locked or disabled user is `locked`. Every other reason (a policy, device or
 * network restriction, an error) is `other`.
 */
export const duoDenialReasons: Record<string, FailureReason> = {
  user_mistake: 'mfa_denied',
  user_marked_fraud: 'mfa_denied',
  user_cancelled: 'mfa_denied',
  invalid_passcode: 'mfa_denied',
  no_response: 'mfa_denied',
  no_keys_pressed: 'mfa_denied',
  call_timed_out: 'mfa_denied',
  anomalous_push: 'mfa_denied',
  verification_code_missing: 'mfa_denied',
  verification_code_incorrect: 'mfa_denied',
  queued_inflight_auth_expired: 'mfa_denied',
  deny_unenrolled_user: 'mfa_required',
  no_activated_duo_mobile_account: 'mfa_required',
  locked_out: 'locked',
  user_disabled: 'locked',
};

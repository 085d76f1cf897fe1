import type { SigninEventDto } from '../../../shared/api/spikesApi';

/** The engine's normalised failure reasons (docs/design.md §1) in the analyst's words; an unlisted one shows as it is. */
const reasonWords: Record<string, string> = {
  bad_password: 'wrong password',
  no_such_user: 'no such user',
  locked: 'account locked',
  expired: 'password expired',
  mfa_required: 'password OK, MFA asked',
  mfa_denied: 'MFA denied',
  interrupted: 'interrupted',
  other: 'failed (other)',
};

/** A sign-in's outcome as a word an analyst reads at a glance, never the engine's snake_case code. */
export function outcomeLabel(e: Pick<SigninEventDto, 'success' | 'failureReason'>): string {
  if (e.success) return 'success';
  if (e.success === null) return 'unknown';
  return e.failureReason === null ? 'failed' : (reasonWords[e.failureReason] ?? e.failureReason);
}

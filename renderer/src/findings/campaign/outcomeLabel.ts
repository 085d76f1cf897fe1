import type { MemberOutcome } from '../../../../shared/api/findingEvidence';

const labels: Record<MemberOutcome, string> = {
  failed: 'failed only',
  usual_success: 'signed in as usual',
  credential_valid: 'password valid, MFA stopped',
  mfa_fatigue: 'MFA fatigue',
  takeover: 'TAKEOVER',
};

/** What became of a campaign's account, in the analyst's words. */
export function outcomeLabel(o: MemberOutcome): string {
  return labels[o] ?? o;
}

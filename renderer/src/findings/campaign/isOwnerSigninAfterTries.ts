import type { FindingDraftDto } from '../../../../shared/api/findingsApi';

/** A low takeover: the owner's own device on its own network after a campaign's failed tries (docs/design.md §1); a mass campaign leaves hundreds, which the report and the reset list do not count as taken over, so the screens set them apart too. */
export function isOwnerSigninAfterTries(f: FindingDraftDto): boolean {
  return f.kind === 'account_takeover' && f.severity === 'low';
}

import type { CrowdEvidence } from '../api/findingEvidence';
import { formatCount } from '../format/formatCount';

/** One line of why a crowd hour is one low finding; `code` names the step for tests and styling. */
export interface CrowdReason {
  code: 'crowd' | 'judged_alone';
  text: string;
}

/** `3 users`, `1 user`. */
const usersOf = (n: number, what = 'user') => `${formatCount(n)} ${what}${n === 1 ? '' : 's'}`;

/**
 * Why a crowd hour is one low finding and not one per person, and who was left to be judged alone, in words: the
 * workbench's finding panel and the report both say it (`crowdUsers`, the detector's parameter, is the least crowd;
 * null when the finding does not carry it).
 */
export function crowdReasons(e: CrowdEvidence, crowdUsers: number | null): CrowdReason[] {
  const others = e.flaggedUsers - e.crowdSize;
  const least = crowdUsers === null ? 'Many' : `At least ${formatCount(crowdUsers)}`;
  const reasons: CrowdReason[] = [
    {
      code: 'crowd',
      text: `${least} users flagged in one hour with alike volumes: one cause many users share (a release, a re-sync) rather than one person's export, so one low finding for the hour.`,
    },
  ];
  if (others > 0)
    reasons.push({
      code: 'judged_alone',
      text: `${usersOf(others, 'other user')} flagged that hour moved far more than the crowd and ${others === 1 ? 'has a finding of their own' : 'have findings of their own'}.`,
    });
  return reasons;
}

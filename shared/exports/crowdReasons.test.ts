import { describe, expect, it } from 'vitest';
import type { CrowdEvidence } from '../api/findingEvidence';
import { crowdReasons } from './crowdReasons';

/** A crowd hour of `crowdSize` members among `flaggedUsers` flagged users. */
function crowd(crowdSize: number, flaggedUsers: number): CrowdEvidence {
  return {
    unit: 'bytes',
    reason: 'crowd',
    crowdSize,
    flaggedUsers,
    crowdMedian: 3e9,
    total: crowdSize * 3e9,
    peak: 3.2e9,
    floor: 1e9,
    crowd: [{ user: 'u1', value: 3.2e9 }],
  };
}

describe('crowdReasons: why a crowd hour is one low finding, in words', () => {
  it('names the least crowd the detector asks and says a shared cause makes it one low finding', () => {
    const [why] = crowdReasons(crowd(40, 40), 10);
    expect(why?.code).toBe('crowd');
    expect(why?.text).toMatch(/^At least 10 users flagged in one hour with alike volumes: .*one low finding for the hour\.$/);
    expect(crowdReasons(crowd(40, 40), null)[0]?.text).toMatch(/^Many users/);
  });

  it('says who was judged alone only when some flagged users are not members, in the right number', () => {
    expect(crowdReasons(crowd(40, 40), 10).map((r) => r.code)).toEqual(['crowd']);
    expect(crowdReasons(crowd(40, 41), 10)[1]?.text).toBe('1 other user flagged that hour moved far more than the crowd and has a finding of their own.');
    expect(crowdReasons(crowd(40, 1043), 10)[1]?.text).toBe(
      '1,003 other users flagged that hour moved far more than the crowd and have findings of their own.',
    );
  });
});

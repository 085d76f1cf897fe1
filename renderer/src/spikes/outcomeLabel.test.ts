import { describe, expect, it } from 'vitest';
import { outcomeLabel } from './outcomeLabel';

describe('outcomeLabel', () => {
  it('names every normalised failure reason in words, success and unknown outcomes as such', () => {
    const reasons = ['bad_password', 'no_such_user', 'locked', 'expired', 'mfa_required', 'mfa_denied', 'interrupted', 'other'];
    const words = reasons.map((failureReason) => outcomeLabel({ success: false, failureReason }));
    expect(words).toEqual(['wrong password', 'no such user', 'account locked', 'password expired', 'password OK, MFA asked', 'MFA denied', 'interrupted', 'failed (other)']);
    expect(words.filter((w) => w.includes('_'))).toEqual([]);
    expect([outcomeLabel({ success: true, failureReason: null }), outcomeLabel({ success: null, failureReason: null }), outcomeLabel({ success: false, failureReason: null })]).toEqual(['success', 'unknown', 'failed']);
  });
});

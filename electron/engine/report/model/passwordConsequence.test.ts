import { describe, expect, it } from 'vitest';
import { passwordConsequence } from './passwordConsequence';

describe('passwordConsequence', () => {
  it('words a hash:salt census as a fast salted hash, not as passwords in clear, and asks for a reset', () => {
    const text = passwordConsequence([{ column: 'hash', scheme: 'salted hex (hash:salt)', count: 60, costs: {} }]);
    expect(text).toContain('salted hex (hash:salt) (60 values): a fast hash (MD5/SHA-1-class) with a salt beside it');
    expect(text).not.toContain('in clear');
    expect(text).toContain('Force a password reset');
  });
});

import { describe, expect, it } from 'vitest';
import { asnLabel } from './asnLabel';

describe('asnLabel', () => {
  it('prefixes a bare number and leaves a prefixed or named one as it is', () => {
    expect(asnLabel('20057')).toBe('AS20057');
    expect(asnLabel(3215)).toBe('AS3215');
    expect(asnLabel('AS64500')).toBe('AS64500');
  });
});

import { describe, expect, it } from 'vitest';
import { timesUsual } from './timesUsual';

describe('timesUsual', () => {
  it('states a run below its usual as under 1×, from the total (the evidence clamps excess at 0)', () => {
    expect(timesUsual(4_776_306_407, 5_586_053_711)).toBe('0.9× the usual');
  });

  it('rounds large ratios to whole numbers with separators, and says nothing without a usual', () => {
    expect(timesUsual(40e9, 2_298_851)).toBe('17,400× the usual');
    expect(timesUsual(40e9, 0)).toBeNull();
  });
});

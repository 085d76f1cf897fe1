import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';
import { formatCount } from './formatCount';

describe('formatBytes and formatCount', () => {
  it('writes bytes in decimal units, one decimal below 100 of a unit, none from 100 on', () => {
    expect([0, 999, 1000, 1_550_000, 99_940_000, 150_000_000, 1_590_999_189, 2.5e15, 3e18].map(formatBytes)).toEqual([
      '0 B',
      '999 B',
      '1.0 kB',
      '1.6 MB',
      '99.9 MB',
      '150 MB',
      '1.6 GB',
      '2.5 PB',
      '3000 PB',
    ]);
    expect(formatBytes(-150_000_000)).toBe('-150 MB');
  });

  it('writes counts whole, with thousands separators', () => {
    expect([0, 7, 1234, 38_000_000, 1234.6].map(formatCount)).toEqual(['0', '7', '1,234', '38,000,000', '1,235']);
  });
});

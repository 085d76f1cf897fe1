import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('says a span in its two largest units, dropping a zero second unit', () => {
    const at = (s: number) => new Date(Date.UTC(2024, 2, 3, 10) + s * 1000).toISOString();
    const spans = [0, 40, 580, 3600, 13_320, 13_370, 190_800].map((s) => formatDuration(at(0), at(s)));
    expect(spans).toEqual(['0 s', '40 s', '9 min 40 s', '1 h', '3 h 42 min', '3 h 42 min', '2 d 5 h']);
  });
});

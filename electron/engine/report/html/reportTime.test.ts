import { describe, expect, it } from 'vitest';
import { reportTime, reportTimesIn } from './reportTime';

describe('report times: ISO UTC as a reader reads it', () => {
  it('rewrites a whole ISO UTC time, with or without seconds and fraction, and leaves other text alone', () => {
    expect(reportTime('2024-03-06T02:00:00Z')).toBe('2024-03-06 02:00:00');
    expect(reportTime('2026-12-07T03:24:49.855Z')).toBe('2026-12-07 03:24:49');
    expect(reportTime('2024-03-06T02:00Z')).toBe('2024-03-06 02:00');
    expect(reportTime('2024-03-06T02:00:00+01:00')).toBe('2024-03-06T02:00:00+01:00');
    expect(reportTime('u1 2024-03-06T02:00:00Z')).toBe('u1 2024-03-06T02:00:00Z');
  });

  it('rewrites every ISO UTC time inside a sentence, saying UTC', () => {
    expect(reportTimesIn('u1 moved 40.0 GB in 1 hour from 2024-03-06T02:00:00Z (peak 40.0 GB at 2024-03-06T02:00:00Z).')).toBe(
      'u1 moved 40.0 GB in 1 hour from 2024-03-06 02:00:00 UTC (peak 40.0 GB at 2024-03-06 02:00:00 UTC).',
    );
    expect(reportTimesIn('no time here, 2024-03-06 only')).toBe('no time here, 2024-03-06 only');
  });
});

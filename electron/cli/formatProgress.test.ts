import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../shared/api/jobsApi';
import { formatProgress } from './formatProgress';

const job = (bytesTotal: number, bytesDone: number, rest: Partial<JobDto> = {}): JobDto => ({
  id: 'j1',
  label: 'signin.csv',
  state: 'running',
  phase: 'loading',
  bytesTotal,
  bytesDone,
  percent: bytesTotal === 0 ? 0 : (100 * bytesDone) / bytesTotal,
  bytesPerSecond: bytesDone,
  etaSeconds: null,
  stepPercent: null,
  startedAt: '2026-12-07T00:00:00Z',
  source: null,
  error: null,
  refused: null,
  ...rest,
});

describe('formatProgress', () => {
  it('states a small file in bytes, not as 0 kB', () => {
    expect(formatProgress(job(312, 156))).toBe('  signin.csv: loading 50.0% (156 B of 312 B, 156 B/s, ETA …)');
  });

  it('states each size in its own unit', () => {
    const line = formatProgress(job(3.2e9, 4.5e6, { phase: 'deriving', stepPercent: 42.7, etaSeconds: 12, bytesPerSecond: 25_000 }));
    expect(line).toBe('  signin.csv: deriving (step 42%) 0.1% (4.5 MB of 3.20 GB, 25 kB/s, ETA 12 s)');
  });
});

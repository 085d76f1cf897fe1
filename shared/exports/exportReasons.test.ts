import { describe, expect, it } from 'vitest';
import type { BulkExportEvidence } from '../api/findingEvidence';
import { exportReasons } from './exportReasons';

const GB = 1e9;

/** A one-hour run of `total` bytes against a usual of `usual`, with the 1 GB floor. */
function run(total: number, usual: number, over: Partial<BulkExportEvidence> = {}): BulkExportEvidence {
  const hour = '2024-03-06T02:00:00Z';
  return {
    user: 'u1',
    unit: 'bytes',
    hours: 1,
    total,
    peakHour: hour,
    peak: total,
    baselineMedian: usual,
    baselineIqr: usual / 2,
    baselineHours: 40,
    maxScore: 50,
    reason: 'baseline',
    floor: GB,
    usual,
    excess: total - usual,
    crowdHours: 0,
    repeatHours: 0,
    precedentHours: 0,
    priorMax: null,
    logScore: null,
    upperQuartile: null,
    heavyHabit: false,
    hourly: [{ hour, value: total, score: 50, hourOfDayMedian: usual }],
    ...over,
  };
}

const codes = (e: BulkExportEvidence, severity: 'critical' | 'high' | 'medium' | 'low', takeover: string | null = null) =>
  exportReasons(e, severity, takeover).map((r) => r.code);

describe('exportReasons: the severity rule in words, from the stored evidence', () => {
  it('a pull ten floors beyond and twice the usual is a bulk pull; without a precedent it stays high', () => {
    const e = run(40 * GB, 2e6, { priorMax: 10e6 });
    expect(codes(e, 'high')).toEqual(['volume', 'no_precedent']);
    expect(exportReasons(e, 'high', null)[0]?.text).toBe(
      '40.0 GB beyond their usual 2.0 MB for that hour: at least 10 floors (10.0 GB) more, and over twice the usual. By volume, a bulk pull.',
    );
    expect(exportReasons(e, 'high', null)[1]?.text).toBe('Larger than any hour of theirs a day or more before (at most 10.0 MB).');
    expect(exportReasons({ ...e, hours: 3 }, 'high', null)[1]?.text).toBe(
      'Not every hour of the run has a precedent: their largest hour a day or more before the peak was 10.0 MB.',
    );
    expect(exportReasons({ ...e, priorMax: null }, 'high', null)[1]?.text).toBe('No hour of theirs a day or more before, in the window, to compare with.');
  });

  it('the same pull after an hour of theirs as large is medium, and says so', () => {
    expect(codes(run(20 * GB, 2e6, { priorMax: 25 * GB, precedentHours: 1 }), 'medium')).toEqual(['volume', 'precedent']);
  });

  it("says when a bulk pull is medium because it is within a heavy user's own habit, and then nothing of a precedent", () => {
    const e = run(15 * GB, 600e6, { heavyHabit: true, logScore: 2.2, upperQuartile: 1.5 * GB, priorMax: 4 * GB });
    expect(codes(e, 'medium')).toEqual(['volume', 'heavy_habit']);
    expect(exportReasons(e, 'medium', null)[1]?.text).toBe(
      'Within their own heavy habit: a quarter of their hours move 1.5 GB or more, and on a multiplicative scale the run is within the spread of their own hours (robust score 2.2), so medium, not high.',
    );
  });

  it('under ten floors, or not twice the usual, is not a bulk pull by volume, and names which test failed', () => {
    const small = exportReasons(run(5 * GB, 1e9), 'medium', null);
    expect(small[0]).toMatchObject({ code: 'below_volume' });
    expect(small[0]?.text).toContain('under 10 floors (10.0 GB)');
    const steady = exportReasons(run(50 * GB, 30 * GB, { hours: 1 }), 'medium', null);
    expect(steady[0]?.text).toContain('not twice the usual');
    expect(codes(run(5 * GB, 1e9, { precedentHours: 1, priorMax: 6 * GB }), 'low')).toEqual(['below_volume', 'precedent']);
  });

  it('names the hours a repeat or a crowd explains, the missing history and the takeover that made it critical', () => {
    const e = run(40 * GB, 2e6, {
      hours: 3,
      crowdHours: 1,
      repeatHours: 1,
      reason: 'no_history',
    });
    expect(codes(e, 'critical', 'account_takeover-1')).toEqual(['no_history', 'volume', 'repeat', 'crowd', 'takeover']);
    expect(exportReasons(e, 'critical', 'account_takeover-1').at(-1)?.text).toContain('account_takeover-1');
  });

  it('counts events when the log has no byte counts', () => {
    const e = { ...run(5000, 20), unit: 'events' as const, floor: 200 };
    expect(exportReasons(e, 'high', null)[0]?.text).toBe(
      '4,980 events beyond their usual 20 events for that hour: at least 10 floors (2,000 events) more, and over twice the usual. By volume, a bulk pull.',
    );
  });
});

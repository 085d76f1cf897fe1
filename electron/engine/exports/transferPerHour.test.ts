import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('transferPerHour', () => {
  it('sums bytes per UTC hour and fills empty hours so the axis is linear', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = [
        'timestamp,user_id,bytes_transferred',
        '2026-01-01T00:10:00Z,a,100',
        '2026-01-01T00:59:59Z,b,50',
        '2026-01-01T03:00:00Z,a,7',
        '2026-01-01T04:30:00+01:00,a,3',
      ].join('\n');
      await engine.service.addSource({ path: writeInput(work, 't.csv', csv), kind: 'transfer' });
      const buckets = await engine.service.transferPerHour({});
      expect(buckets).toEqual([
        { bucket: '2026-01-01T00:00:00Z', bytes: 150, events: 2 },
        { bucket: '2026-01-01T01:00:00Z', bytes: 0, events: 0 },
        { bucket: '2026-01-01T02:00:00Z', bytes: 0, events: 0 },
        { bucket: '2026-01-01T03:00:00Z', bytes: 10, events: 2 },
      ]);
    });
  });

  it('widens buckets to stay under maxBuckets and keeps the total', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 100 }, (_, h) => `${new Date(Date.UTC(2026, 0, 1, h)).toISOString()},u,${h + 1}`);
      await engine.service.addSource({ path: writeInput(work, 't.csv', ['timestamp,user_id,bytes_transferred', ...rows].join('\n')), kind: 'transfer' });
      const buckets = await engine.service.transferPerHour({ maxBuckets: 10 });
      expect(buckets.length).toBeLessThanOrEqual(10);
      expect(buckets.reduce((s, b) => s + b.bytes, 0)).toBe((100 * 101) / 2);
      expect(buckets.reduce((s, b) => s + b.events, 0)).toBe(100);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';
import { driveScenario, exportScenario, exportTruth } from '../testing/planted/exportScenario';
import { insertTransfers } from '../testing/planted/insertTransfers';

describe('export volumes: per-user robust baseline', () => {
  it('flags the vendor night pull, not the nightly backup nor the daily analyst, while the reference z-score flags the backup', async () => {
    await withTempCase(async (engine) => {
      await insertTransfers(engine, exportScenario());
      const baseline = await engine.service.exportBaseline({ limit: 1000 });
      expect(baseline.params).toMatchObject({ baselineDays: 7, floorBytes: 1e9, scoreLimit: 3.5, measure: 'auto' });
      expect(baseline.rows.map((r) => [r.user, r.hour, r.bytes, r.reason])).toEqual([[exportTruth.vendor, exportTruth.vendorPullHour, exportTruth.vendorPullBytes, 'baseline']]);
      const [vendor] = baseline.rows;
      expect(vendor?.score).toBeGreaterThan(100);
      expect(vendor?.median).toBeLessThan(2e8);
      expect(vendor?.baselineHours).toBeGreaterThan(50);

      const reference = await engine.service.exportReference({ limit: 1000 });
      const flaggedUsers = new Set(reference.rows.map((r) => r.user));
      expect(flaggedUsers.has(exportTruth.backup)).toBe(true);
      expect(reference.rows.filter((r) => r.user === exportTruth.backup).length).toBe(14);
      expect(reference.rows.some((r) => r.user === exportTruth.vendor && r.hour === exportTruth.vendorPullHour)).toBe(true);
    });
  });

  it('with a past-only window has a three-night cold start for the backup, and honours the floor', async () => {
    await withTempCase(async (engine) => {
      await insertTransfers(engine, exportScenario());
      const past = await engine.service.exportBaseline({ params: { baseline: { side: 'past' } }, limit: 1000 });
      expect(past.rows.map((r) => [r.user, r.hour])).toEqual([
        [exportTruth.backup, '2024-04-01T02:00:00Z'],
        [exportTruth.backup, '2024-04-02T02:00:00Z'],
        [exportTruth.backup, '2024-04-03T02:00:00Z'],
        [exportTruth.vendor, exportTruth.vendorPullHour],
      ]);
      const highFloor = await engine.service.exportBaseline({ params: { baseline: { floorBytes: 50e9 } }, limit: 1000 });
      expect(highFloor.total).toBe(0);
      const noFloor = await engine.service.exportBaseline({ params: { baseline: { floorBytes: 0 } }, limit: 1000 });
      expect(noFloor.total).toBeGreaterThan(1);
      expect(noFloor.rows.some((r) => r.user === exportTruth.backup && r.hour.endsWith('T02:00:00Z'))).toBe(false);
    });
  });

  it('counts events per user-hour when the log has no bytes and flags the download burst', async () => {
    await withTempCase(async (engine) => {
      await insertTransfers(engine, driveScenario());
      const baseline = await engine.service.exportBaseline({ limit: 1000 });
      expect(baseline.rows.map((r) => [r.user, r.hour, r.unit])).toEqual([[exportTruth.driveUser, exportTruth.driveBurstHour, 'events']]);
      expect(baseline.rows[0]?.bytes).toBeGreaterThan(900);
      const series = await engine.service.userHourSeries({ user: exportTruth.driveUser, from: '2024-04-09T15:00:00Z', to: '2024-04-09T16:00:00Z' });
      expect(series).toEqual([{ hour: exportTruth.driveBurstHour, bytes: null, events: expect.any(Number) }]);
      expect(series[0]?.events).toBeGreaterThan(900);
      const events = await engine.service.transferEvents({ user: exportTruth.driveUser, from: '2024-04-09T15:00:00Z', to: '2024-04-09T16:00:00Z', offset: 900, limit: 1000 });
      expect(events.total).toBe(series[0]?.events);
      expect(events.rows).toHaveLength((series[0]?.events ?? 0) - 900);
      expect(events.rows[0]).toMatchObject({ user: exportTruth.driveUser, bytes: null, sourceId: 1 });
    });
  });
});

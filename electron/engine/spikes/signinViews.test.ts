import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins, type SigninFixture } from '../testing/planted/insertSignins';

const t0 = Date.UTC(2024, 6, 1);
const rows: SigninFixture[] = [
  ...Array.from({ length: 30 }, (_, k) => ({ ts: t0 + k * 60_000, user: `u${k % 3}`, ip: '10.0.0.1', success: false })),
  ...Array.from({ length: 10 }, (_, k) => ({ ts: t0 + k * 60_000, user: 'u9', ip: '10.0.0.2', success: true })),
  { ts: t0 + 2 * 86_400_000, user: 'u1', ip: '10.0.0.3', success: false },
];

describe('sign-in views for the UI', () => {
  it('bins failed and successful sign-ins, widening the bin to cap the points, and zooms into a range', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rows);
      const fine = await engine.service.signinSeries({ from: '2024-07-01T00:00:00Z', to: '2024-07-01T01:00:00Z' });
      expect(fine.binMinutes).toBe(5);
      expect(fine.bins[0]).toEqual({ bin: '2024-07-01T00:00:00Z', failed: 5, success: 5, unknown: 0 });
      expect(fine.bins).toHaveLength(6);
      const capped = await engine.service.signinSeries({ maxPoints: 10 });
      expect(capped.binMinutes).toBe(5 * Math.ceil((2 * 24 * 60) / (5 * 10)));
      expect(capped.bins.reduce((s, b) => s + b.failed + b.success, 0)).toBe(41);
    });
  });

  it('ranks sources and accounts, and pages the drill-down events', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rows);
      expect(await engine.service.topSources({ limit: 2 })).toEqual([
        { ip: '10.0.0.1', failed: 30, success: 0, accounts: 3, firstSeen: '2024-07-01T00:00:00Z', lastSeen: '2024-07-01T00:29:00Z' },
        { ip: '10.0.0.3', failed: 1, success: 0, accounts: 1, firstSeen: '2024-07-03T00:00:00Z', lastSeen: '2024-07-03T00:00:00Z' },
      ]);
      expect((await engine.service.topAccounts({ limit: 1 }))[0]).toMatchObject({ user: 'u1', failed: 11, sources: 2 });
      const page = await engine.service.signinEvents({ user: 'u1', failedOnly: true, offset: 2, limit: 3 });
      expect(page.total).toBe(11);
      expect(page.rows.map((r) => r.ts)).toEqual(['2024-07-01T00:07:00Z', '2024-07-01T00:10:00Z', '2024-07-01T00:13:00Z']);
      expect(page.rows[0]).toMatchObject({ ip: '10.0.0.1', success: false, failureReason: 'bad_password', resultCode: '50126', sourceId: 1 });
      const ranged = await engine.service.signinEvents({ ip: '10.0.0.2', from: '2024-07-01T00:05:00Z', to: '2024-07-01T00:07:00Z' });
      expect(ranged.rows.map((r) => r.ts)).toEqual(['2024-07-01T00:05:00Z', '2024-07-01T00:06:00Z']);
    });
  });

  it('validates detector parameters at the Api boundary', async () => {
    await withTempCase(async (engine) => {
      const bad = await dispatch(engine.api, 'loginSpikes', { params: { reference: { binMinutes: 0 } } });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      const unknown = await dispatch(engine.api, 'classifySignins', { params: { spray: { bogus: 1 } } });
      expect(unknown.ok).toBe(false);
      const badTime = await dispatch(engine.api, 'signinSeries', { from: 'yesterday' });
      expect(badTime).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      const good = await dispatch(engine.api, 'loginSpikes', {});
      expect(good).toMatchObject({ ok: true, value: { total: 0 } });
    });
  });
});

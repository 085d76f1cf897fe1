import { describe, expect, it } from 'vitest';
import type { ExportReferenceRowDto } from '../../../shared/api/exportsApi';
import { seededRandom } from '../demo/seededRandom';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { insertTransfers, type TransferFixture } from '../testing/planted/insertTransfers';
import { readAllPages } from '../testing/readAllPages';
import { requireCase } from '../case/requireCase';
import { refreshTransferRollup } from './transferRollup';

const hour = 3_600_000;
const t0 = Date.UTC(2024, 4, 6, 0, 0, 0);

/** The reference z-score in plain TypeScript: sum per (user, UTC hour floor), z = |x − mean| / sample sd over all user-hours, keep z > 3. */
function referenceZ(rows: TransferFixture[], measure: 'bytes' | 'events'): Array<Omit<ExportReferenceRowDto, 'unit'>> {
  const sums = new Map<string, { user: string | null; hour: number; x: number }>();
  for (const r of rows) {
    if (measure === 'bytes' && r.bytes === null) continue;
    const h = Math.floor(r.ts / hour) * hour;
    const key = JSON.stringify([r.user, h]);
    const e = sums.get(key) ?? { user: r.user, hour: h, x: 0 };
    e.x += measure === 'bytes' ? (r.bytes as number) : 1;
    sums.set(key, e);
  }
  const xs = [...sums.values()];
  const mean = xs.reduce((s, e) => s + e.x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, e) => s + (e.x - mean) ** 2, 0) / (xs.length - 1));
  const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return xs
    .map((e) => ({ ...e, z: Math.abs(e.x - mean) / sd }))
    .filter((e) => e.z > 3)
    .sort((a, b) => a.hour - b.hour || cmp(a.user, b.user))
    .map((e) => ({ user: e.user, hour: new Date(e.hour).toISOString().replace('.000Z', 'Z'), bytes: e.x, z: e.z }));
}

/** Generated transfers: 40 users over four days, log-normal sizes, a few bulk pulls, some at exact hour boundaries. */
function generate(seed: number, withBytes: boolean): TransferFixture[] {
  const rand = seededRandom(seed);
  const rows: TransferFixture[] = [];
  for (let i = 0; i < 6000; i++) {
    const user = rand() < 0.01 ? null : `u${Math.floor(rand() * 40)}`;
    const h = Math.floor(rand() * 96);
    const edge = rand();
    const offset = edge < 0.05 ? 0 : edge < 0.1 ? hour - 1 : Math.floor(rand() * hour);
    const bytes = Math.round(Math.exp(12 + rand() * 4));
    rows.push({ ts: t0 + h * hour + offset, user, bytes: withBytes ? bytes : null });
  }
  for (let k = 0; k < 6; k++) {
    const user = `u${Math.floor(rand() * 40)}`;
    const h = Math.floor(rand() * 96);
    for (let j = 0; j < (withBytes ? 3 : 60); j++) rows.push({ ts: t0 + h * hour + j * 1000, user, bytes: withBytes ? 4e9 + Math.round(rand() * 1e9) : null });
  }
  return rows;
}

describe('export volumes: the reference z-score', () => {
  it('matches an independent implementation row for row on generated data', async () => {
    const rows = generate(77, true);
    const expected = referenceZ(rows, 'bytes');
    expect(expected.length).toBeGreaterThanOrEqual(6);
    await withTempCase(async (engine) => {
      await insertTransfers(engine, rows);
      const page = await engine.service.exportReference({ limit: 1000 });
      expect(page.params).toEqual({ zLimit: 3, measure: 'auto' });
      expect(page.total).toBe(expected.length);
      expect(page.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes }))).toEqual(expected.map((e) => ({ user: e.user, hour: e.hour, bytes: e.bytes })));
      page.rows.forEach((r, i) => {
        expect(r.unit).toBe('bytes');
        expect(r.z).toBeCloseTo((expected[i] as { z: number }).z, 9);
      });
      expect(page.stats).toHaveLength(1);
    });
  });

  it('says which data makes the exact statistics overflow, instead of passing on the raw DuckDB error', async () => {
    // 19 ordinary hours and one of 9 EB: n·Σx² is past 2^127.
    const rows: TransferFixture[] = Array.from({ length: 19 }, (_, i) => ({ ts: t0 + i * hour + 600_000, user: `u${i}`, bytes: 1000 + i }));
    rows.push({ ts: t0 + 20 * hour + 600_000, user: 'bulk', bytes: 9e18 });
    const csv = ['timestamp,user_id,bytes_transferred', ...rows.map((r) => `${new Date(r.ts).toISOString()},${r.user},${BigInt(r.bytes as number)}`)].join('\n');
    await withTempCase(async (engine, { work }) => {
      const source = await engine.service.addSource({ path: writeInput(work, 'bulk.csv', csv + '\n'), kind: 'transfer' });
      expect(source).toMatchObject({ status: 'ready', rowsLoaded: 20 });
      for (const call of [() => engine.service.exportReference({}), () => engine.service.exportBaseline({})]) {
        await expect(call()).rejects.toMatchObject({ name: 'UserError', message: expect.stringMatching(/too large for exact statistics.*Sort the transfer table by bytes/s) });
      }
      await expect(engine.service.runDetectors({})).rejects.toThrow(/too large for exact statistics/);
      expect((await engine.service.transferPerHour({})).reduce((s, b) => s + b.events, 0)).toBe(20);
    });
  });

  it('counts events per user-hour when the log has no byte counts', async () => {
    const rows = generate(78, false);
    const expected = referenceZ(rows, 'events');
    expect(expected.length).toBeGreaterThanOrEqual(6);
    await withTempCase(async (engine) => {
      await insertTransfers(engine, rows);
      const page = await engine.service.exportReference({ limit: 1000 });
      expect(page.rows.map((r) => [r.user, r.hour, r.bytes, r.unit])).toEqual(expected.map((e) => [e.user, e.hour, e.bytes, 'events']));
      page.rows.forEach((r, i) => expect(r.z).toBeCloseTo((expected[i] as { z: number }).z, 9));
    });
  });

  it('honours a custom z limit and echoes it with the SQL', async () => {
    const rows = generate(79, true);
    await withTempCase(async (engine) => {
      await insertTransfers(engine, rows);
      const strict = await engine.service.exportReference({ params: { reference: { zLimit: 2 } }, limit: 1000 });
      const expected = referenceZ(rows, 'bytes');
      expect(strict.total).toBeGreaterThanOrEqual(expected.length);
      expect(strict.params.zLimit).toBe(2);
      expect(strict.sql).toContain('sqrt((n * s2 - s1 * s1)');
      expect(strict.sql).toContain('> 2');
    });
  });

  it('from the rollup, keeps every user-hour whose z is barely above the limit (the scan skips only amounts no unit can flag)', async () => {
    await withTempCase(async (engine) => {
      await insertTransfers(engine, generate(80, true), 1);
      await insertTransfers(engine, generate(81, false), 2);
      await requireCase(engine.ctx).withConnection((c) => refreshTransferRollup(c));
      const all = await readAllPages((page) => engine.service.exportReference({ params: { reference: { zLimit: 0 } }, ...page }));
      expect(all.sql).toContain('rollup.transfer_user_hour');
      const zs = [...new Set(all.rows.map((r) => r.z))].sort((a, b) => a - b);
      const limits = [0.5, 1, 2, 3, 5].map((q) => (zs.find((z) => z > q) as number) * (1 - 1e-12));
      for (const zLimit of limits) {
        const page = await readAllPages((p) => engine.service.exportReference({ params: { reference: { zLimit } }, ...p }));
        expect(page.sql).toContain('NOT BETWEEN');
        expect(page.rows).toEqual(all.rows.filter((r) => r.z > zLimit));
        expect(page.rows.some((r) => r.z < zLimit * (1 + 1e-9))).toBe(true);
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { seededRandom } from '../demo/seededRandom';
import { readAllPages } from '../testing/readAllPages';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { insertTransfers, type TransferFixture } from '../testing/planted/insertTransfers';
import { isDerivedCurrent } from '../db/derivedState';
import { refreshTransferRollup } from './transferRollup';

const hour = 3_600_000;
const t0 = Date.UTC(2024, 4, 6, 0, 0, 0);

/** Three weeks of transfers for 30 users (some rows without a user or without bytes), with a few bulk pulls. */
function generate(seed: number, withBytes: boolean): TransferFixture[] {
  const rand = seededRandom(seed);
  const rows: TransferFixture[] = [];
  for (let i = 0; i < 8000; i++) {
    const user = rand() < 0.02 ? null : `u${Math.floor(rand() * 30)}`;
    const edge = rand();
    const offset = edge < 0.05 ? 0 : edge < 0.1 ? hour - 1 : Math.floor(rand() * hour);
    const bytes = withBytes && rand() > 0.03 ? Math.round(Math.exp(13 + rand() * 5)) : null;
    rows.push({ ts: t0 + Math.floor(rand() * 21 * 24) * hour + offset, user, bytes });
  }
  for (let k = 0; k < 8; k++) {
    const ts = t0 + Math.floor(rand() * 21 * 24) * hour;
    for (let j = 0; j < (withBytes ? 4 : 300); j++) rows.push({ ts: ts + j * 1000, user: `u${k}`, bytes: withBytes ? 3e9 + Math.round(rand() * 1e9) : null });
  }
  return rows;
}

/** Every export answer that the rollups can serve, with the SQL text left out (it names the rollup or the scan). */
async function answers(engine: Engine): Promise<unknown> {
  const s = engine.service;
  const out: Record<string, unknown> = {};
  for (const measure of ['auto', 'bytes', 'events'] as const) {
    const params = { measure, baseline: { floorBytes: 1e8, floorEvents: 20, baselineDays: 3 } };
    const { sql: _r, ...reference } = await readAllPages((page) => s.exportReference({ params, ...page }));
    const { sql: _b, ...baseline } = await readAllPages((page) => s.exportBaseline({ params, ...page }));
    const { sql: _p, ...laterPage } = await s.exportReference({ params, limit: 4, offset: 3 });
    const { sql: _e, ...pastEnd } = await s.exportReference({ params, limit: 3, offset: 100_000 });
    expect(pastEnd.rows).toEqual([]);
    out[measure] = { reference, baseline, laterPage, pastEnd };
  }
  out.perHour = await s.transferPerHour({});
  out.perHourWide = await s.transferPerHour({ maxBuckets: 7 });
  out.perSource = await s.transferPerHour({ sourceId: 2, maxBuckets: 50 });
  return out;
}

/** Runs `fn` on the open case's connection. */
function onCase<T>(engine: Engine, fn: Parameters<ReturnType<typeof requireCase>['withConnection']>[0]): Promise<T> {
  return requireCase(engine.ctx).withConnection(fn) as Promise<T>;
}

describe('transfer rollups', () => {
  it('answer every export detector and chart exactly as a fresh aggregation of transfer does, and stop being used once stale', async () => {
    await withTempCase(async (engine) => {
      await insertTransfers(engine, generate(5, true), 1);
      await insertTransfers(engine, generate(6, false), 2);
      expect(await onCase<boolean>(engine, (c) => isDerivedCurrent(c, 'transfer'))).toBe(false);
      const scanned = await answers(engine);
      const flagged = scanned as { auto: { reference: { total: number }; baseline: { total: number } } };
      expect(flagged.auto.reference.total).toBeGreaterThan(5);
      expect(flagged.auto.baseline.total).toBeGreaterThan(0);

      await onCase(engine, (c) => refreshTransferRollup(c));
      expect(await onCase<boolean>(engine, (c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      const page = await engine.service.exportReference({});
      expect(page.sql).toContain('rollup.transfer_user_hour');
      expect(await answers(engine)).toEqual(scanned);

      await insertTransfers(engine, [{ ts: t0 + 5 * hour, user: 'u1', bytes: 9e9 }], 1);
      expect(await onCase<boolean>(engine, (c) => isDerivedCurrent(c, 'transfer'))).toBe(false);
      expect((await engine.service.exportReference({})).sql).not.toContain('rollup.transfer_user_hour');
    });
  });

  it('is rebuilt after every transfer ingest, over all transfer sources, and hidden from the Data view', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = (rows: TransferFixture[]) => ['timestamp,user_id,bytes_transferred', ...rows.map((r) => `${new Date(r.ts).toISOString()},${r.user ?? ''},${r.bytes ?? ''}`)].join('\n');
      const a = generate(7, true).filter((r) => r.user !== null && r.bytes !== null);
      const b = generate(8, true).filter((r) => r.user !== null && r.bytes !== null);
      await engine.service.addSource({ path: writeInput(work, 'a.csv', csv(a)), kind: 'transfer' });
      expect(await onCase<boolean>(engine, (c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      await engine.service.addSource({ path: writeInput(work, 'b.csv', csv(b)), kind: 'transfer' });
      expect(await onCase<boolean>(engine, (c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      const stats = (await engine.service.exportReference({})).stats;
      const hours = new Set([...a, ...b].map((r) => `${r.user}|${Math.floor(r.ts / hour)}`));
      expect(stats).toEqual([expect.objectContaining({ unit: 'bytes', userHours: hours.size })]);
      const tables = (await engine.service.listTables({})).map((t) => t.name);
      expect(tables).toContain('transfer');
      expect(tables.filter((t) => t.includes('user_hour') || t.includes('hourly'))).toEqual([]);
    });
  });
});

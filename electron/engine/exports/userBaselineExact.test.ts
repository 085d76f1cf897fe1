import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { seededRandom } from '../demo/seededRandom';
import { readAllPages } from '../testing/readAllPages';
import { withTempCase } from '../testing/withTempCase';
import { insertTransfers, type TransferFixture } from '../testing/planted/insertTransfers';
import { refreshTransferRollup } from './transferRollup';

const hourMs = 3_600_000;
const t0 = Date.UTC(2024, 2, 4);

interface Baseline {
  baselineDays: number;
  side: 'both' | 'past';
  minBaselineHours: number;
  minScaleShare: number;
}

/** quantile_cont of sorted values, with DuckDB's arithmetic (lo + (hi − lo) · d at the position (n − 1) · q). */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  return lo === hi ? a : a + ((sorted[hi] as number) - a) * (pos - lo);
}

/** Every flagged row of the baseline (score above 0, no reference z-score), computed by a direct scan of each candidate's hours. */
function expectedRows(rows: TransferFixture[], unit: 'bytes' | 'events', floor: number, b: Baseline) {
  const sums = new Map<string, { user: string | null; h: number; x: number }>();
  for (const r of rows) {
    if (unit === 'bytes' && r.bytes === null) continue;
    const h = Math.floor(r.ts / hourMs);
    const key = `${r.user}|${h}`;
    const e = sums.get(key) ?? { user: r.user, h, x: 0 };
    e.x += unit === 'bytes' ? (r.bytes as number) : 1;
    sums.set(key, e);
  }
  const hours = [...sums.values()];
  const span = b.baselineDays * 24;
  const quartiles = (xs: number[]) => [0.25, 0.5, 0.75].map((q) => quantile(xs, q));
  const logRobust = (x: number, q: number[]) =>
    Math.log(Math.max(x, 1) / Math.max(q[1] as number, 1)) /
    Math.max(Math.log(Math.max(q[2] as number, 1) / Math.max(q[0] as number, 1)) / 1.349, Math.log(1 + b.minScaleShare), Math.log(1 + 1 / Math.max(q[1] as number, 1)));
  const robust = (x: number, q: number[]) => (x - (q[1] as number)) / Math.max(((q[2] as number) - (q[0] as number)) / 1.349, b.minScaleShare * (q[1] as number), 1);
  return hours
    .filter((c) => c.x >= floor)
    .map((c) => {
      const others = hours.filter((o) => o.user === c.user && o.h !== c.h && o.h >= c.h - span && o.h <= (b.side === 'past' ? c.h - 1 : c.h + span));
      const xs = others.map((o) => o.x).sort((p, q) => p - q);
      const before = others.filter((o) => o.h <= c.h - 24).sort((p, q) => p.x - q.x || p.h - q.h);
      const top = before.at(-1);
      const iso = (h: number) => new Date(h * hourMs).toISOString().replace('.000Z', 'Z');
      const hod = others.filter((o) => o.h % 24 === c.h % 24).map((o) => o.x).sort((p, q) => p - q);
      const q = quartiles(xs);
      const hq = quartiles(hod);
      const enough = xs.length >= b.minBaselineHours;
      const hodEnough = hod.length >= b.minBaselineHours;
      return {
        user: c.user,
        hour: new Date(c.h * hourMs).toISOString().replace('.000Z', 'Z'),
        unit,
        bytes: c.x,
        median: xs.length > 0 ? q[1] : null,
        iqr: xs.length > 0 ? (q[2] as number) - (q[0] as number) : null,
        mad: xs.length > 0 ? ((q[2] as number) - (q[0] as number)) / 2 : null,
        baselineHours: xs.length,
        hourOfDayMedian: hodEnough ? hq[1] : null,
        priorMax: top ? top.x : null,
        priorMaxHour: top ? iso(top.h) : null,
        score: enough ? Math.min(robust(c.x, q), hodEnough ? robust(c.x, hq) : robust(c.x, q)) : null,
        logScore: enough ? Math.max(logRobust(c.x, q), hodEnough ? logRobust(c.x, hq) : logRobust(c.x, q)) : null,
        upperQuartile: xs.length > 0 ? q[2] : null,
        reason: enough ? 'baseline' : 'no_history',
      };
    })
    .filter((r) => r.score !== null && r.score > 0)
    .sort((p, q) => p.hour.localeCompare(q.hour) || (p.user === null ? -1 : q.user === null ? 1 : p.user.localeCompare(q.user)));
}

/** Five weeks for 14 users from always-on to a few hours a week, some rows without a user, with or without byte counts. */
function generate(seed: number, withBytes: boolean): TransferFixture[] {
  const rand = seededRandom(seed);
  const rows: TransferFixture[] = [];
  for (let u = 0; u < 14; u++) {
    const activity = u === 0 ? 0.95 : 0.02 + rand() * 0.6;
    for (let h = 0; h < 35 * 24; h++) {
      if (rand() >= activity) continue;
      const busy = (h % 24 >= 8 && h % 24 < 18 ? 4 : 1) * (Math.floor(h / 90) % 3 === 0 ? 6 : 1);
      const count = 1 + Math.floor(rand() * 3 * busy);
      for (let i = 0; i < count; i++) {
        const user = rand() < 0.01 ? null : `u${u}`;
        rows.push({ ts: t0 + h * hourMs + Math.floor(rand() * hourMs), user, bytes: withBytes ? Math.round(Math.exp(12 + rand() * 4) * busy) : null });
      }
    }
  }
  return rows;
}

/** The median user-hour amount, so about half of the hours are candidates. */
function medianHour(rows: TransferFixture[], unit: 'bytes' | 'events'): number {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(`${r.user}|${Math.floor(r.ts / hourMs)}`, (sums.get(`${r.user}|${Math.floor(r.ts / hourMs)}`) ?? 0) + (unit === 'bytes' ? (r.bytes as number) : 1));
  const xs = [...sums.values()].sort((p, q) => p - q);
  return xs[Math.floor(xs.length / 2)] as number;
}

const baselines: Baseline[] = [
  { baselineDays: 7, side: 'both', minBaselineHours: 3, minScaleShare: 0.1 },
  { baselineDays: 2, side: 'past', minBaselineHours: 1, minScaleShare: 0.1 },
  { baselineDays: 1, side: 'both', minBaselineHours: 5, minScaleShare: 0.25 },
  { baselineDays: 30, side: 'past', minBaselineHours: 10, minScaleShare: 0 },
];

/** The flagged rows for each parameter set, as the Api returns them. */
async function flagged(engine: Engine, unit: 'bytes' | 'events', floor: number) {
  const out = [];
  for (const baseline of baselines) {
    const params = { baseline: { ...baseline, scoreLimit: 0, floorBytes: floor, floorEvents: floor }, reference: { zLimit: 1e9 } };
    const page = await readAllPages((p) => engine.service.exportBaseline({ params, ...p }));
    expect(page.total).toBe(page.rows.length);
    out.push(page.rows);
  }
  return out;
}

describe('export volumes: the baseline window statistics, exactly', () => {
  it.each([
    [1, true],
    [2, true],
    [3, false],
    [4, false],
  ] as const)('match a direct computation to the last bit, from the scan and from the rollup (seed %i, bytes %s)', async (seed, withBytes) => {
    const rows = generate(seed, withBytes);
    const unit = withBytes ? 'bytes' : 'events';
    const floor = medianHour(rows, unit);
    const expected = baselines.map((b) => expectedRows(rows, unit, floor, b));
    for (const e of expected) expect(e.length).toBeGreaterThan(20);
    await withTempCase(async (engine) => {
      await insertTransfers(engine, rows);
      const scanned = await flagged(engine, unit, floor);
      await requireCase(engine.ctx).withConnection((c) => refreshTransferRollup(c));
      const rolled = await flagged(engine, unit, floor);
      for (const got of [scanned, rolled]) {
        // Every statistic to the last bit; the multiplicative score within a few units of the last place (logarithms of two libraries).
        expect(got.map((rs) => rs.map(({ logScore: _, ...r }) => r))).toEqual(expected.map((rs) => rs.map(({ logScore: _, ...r }) => r)));
        got.flat().forEach((r, i) => expect(r.logScore ?? NaN).toBeCloseTo(expected.flat()[i]?.logScore ?? NaN, 12));
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seededRandom';
import { readAllPages } from '../testing/readAllPages';
import { withTempCase } from '../testing/withTempCase';
import { insertTransfers, type TransferFixture } from '../testing/planted/insertTransfers';

const hourMs = 3_600_000;
const t0 = Date.UTC(2024, 0, 1);

/** Linear-interpolation quantile (DuckDB's quantile_cont) of sorted values. */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** The baseline's window statistics and score for every hour at or above the floor, computed directly in TypeScript. */
function expectedScores(rows: TransferFixture[], days: number, side: 'both' | 'past', floor: number, minHours: number, share: number) {
  const sums = new Map<string, { user: string | null; h: number; x: number }>();
  for (const r of rows) {
    const h = Math.floor(r.ts / hourMs);
    const key = `${r.user}|${h}`;
    const e = sums.get(key) ?? { user: r.user, h, x: 0 };
    e.x += r.bytes as number;
    sums.set(key, e);
  }
  const hours = [...sums.values()];
  const span = days * 24;
  const robust = (x: number, q: number[]) => (x - (q[1] as number)) / Math.max(((q[2] as number) - (q[0] as number)) / 1.349, share * (q[1] as number), 1);
  return hours
    .filter((c) => c.x >= floor)
    .map((c) => {
      const others = hours.filter((o) => o.user === c.user && o.h !== c.h && o.h >= c.h - span && o.h <= (side === 'past' ? c.h - 1 : c.h + span));
      const xs = others.map((o) => o.x).sort((a, b) => a - b);
      const hod = others.filter((o) => o.h % 24 === c.h % 24).map((o) => o.x).sort((a, b) => a - b);
      const q = [0.25, 0.5, 0.75].map((p) => quantile(xs, p));
      const hq = [0.25, 0.5, 0.75].map((p) => quantile(hod, p));
      const score = xs.length >= minHours ? Math.min(robust(c.x, q), hod.length >= minHours ? robust(c.x, hq) : robust(c.x, q)) : null;
      return { user: c.user, hour: new Date(c.h * hourMs).toISOString().replace('.000Z', 'Z'), bytes: c.x, baselineHours: xs.length, median: xs.length ? q[1] : null, score };
    })
    .filter((r) => r.score !== null && r.score > 0)
    .sort((a, b) => a.hour.localeCompare(b.hour) || String(a.user).localeCompare(String(b.user)));
}

/** Six weeks of hourly transfers for 12 users, with quiet and busy stretches so windows differ hour to hour. */
function generate(): TransferFixture[] {
  const rand = seededRandom(42);
  const rows: TransferFixture[] = [];
  for (let i = 0; i < 9000; i++) {
    const h = Math.floor(rand() * 42 * 24);
    const busy = Math.floor(h / 100) % 2 === 0 ? 1 : 20;
    rows.push({ ts: t0 + h * hourMs + Math.floor(rand() * hourMs), user: `u${Math.floor(rand() * 12)}`, bytes: Math.round(busy * Math.exp(14 + rand() * 3)) });
  }
  return rows;
}

describe('export volumes: the baseline window join', () => {
  it.each([
    [7, 'both'],
    [2, 'both'],
    [3, 'past'],
  ] as const)('gives every hour the same window statistics and score as a direct computation (%i days, %s)', async (days, side) => {
    const rows = generate();
    const floor = 5e6;
    const expected = expectedScores(rows, days, side, floor, 3, 0.1);
    expect(expected.length).toBeGreaterThan(100);
    await withTempCase(async (engine) => {
      await insertTransfers(engine, rows);
      const params = { baseline: { baselineDays: days, side, floorBytes: floor, scoreLimit: 0 }, reference: { zLimit: 1e9 } };
      const page = await readAllPages((p) => engine.service.exportBaseline({ params, ...p }));
      expect(page.total).toBe(expected.length);
      const got = page.rows.map((r) => ({ user: r.user, hour: r.hour, bytes: r.bytes, baselineHours: r.baselineHours, median: r.median, score: r.score }));
      got.forEach((g, i) => {
        const e = expected[i] as (typeof expected)[number];
        expect({ ...g, median: null, score: null }).toEqual({ ...e, median: null, score: null });
        expect(g.median).toBeCloseTo(e.median as number, 3);
        expect(g.score).toBeCloseTo(e.score as number, 6);
      });
    });
  });
});

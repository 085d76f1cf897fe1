import { describe, expect, it } from 'vitest';
import type { SpikeRowDto } from '../../../shared/api/spikesApi';
import type { Engine } from '../createEngine';
import { seededRandom } from '../demo/seededRandom';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins, type SigninFixture } from '../testing/planted/insertSignins';

const referenceCodes = new Set(['50126', '50053', '50055', '50056']);
const t0 = Date.UTC(2024, 2, 1, 9, 0, 0);
const minute = 60_000;

/** The reference rule in plain TypeScript: count listed failures per (ip, user, epoch-aligned 5-minute bin), keep count > 5. */
function referenceRule(rows: SigninFixture[]): SpikeRowDto[] {
  const counts = new Map<string, { ip: string | null; user: string | null; bin: number; failed: number }>();
  for (const r of rows) {
    if (!r.resultCode || !referenceCodes.has(r.resultCode)) continue;
    const bin = Math.floor(r.ts / (5 * minute)) * 5 * minute;
    const key = JSON.stringify([r.ip, r.user, bin]);
    const entry = counts.get(key) ?? { ip: r.ip, user: r.user, bin, failed: 0 };
    entry.failed++;
    counts.set(key, entry);
  }
  const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return [...counts.values()]
    .filter((e) => e.failed > 5)
    .sort((a, b) => a.bin - b.bin || cmp(a.ip, b.ip) || cmp(a.user, b.user))
    .map((e) => ({ ip: e.ip, user: e.user, bin: new Date(e.bin).toISOString().replace('.000Z', 'Z'), failed: e.failed }));
}

/** Reads every reference-rule row through the Api, page by page. */
async function allSpikes(engine: Engine, params: object = {}): Promise<SpikeRowDto[]> {
  const rows: SpikeRowDto[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await engine.service.loginSpikes({ params, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

/** Failures for one (ip, user) at the given millisecond offsets from t0. */
function burst(ip: string | null, user: string | null, offsets: number[], resultCode = '50126'): SigninFixture[] {
  return offsets.map((o) => ({ ts: t0 + o, ip, user, success: false, resultCode }));
}

describe('login spikes: the reference rule', () => {
  it('matches an independent implementation row for row on generated data', async () => {
    const rand = seededRandom(4242);
    const codes = ['50126', '50053', '50055', '50056', '50126', '50034', '50140', '0', '500121'];
    const rows: SigninFixture[] = [];
    for (let k = 0; k < 700; k++) {
      const ip = rand() < 0.03 ? null : `10.0.${Math.floor(rand() * 4)}.${Math.floor(rand() * 12)}`;
      const user = rand() < 0.03 ? null : `user${Math.floor(rand() * 25)}@corp.example`;
      const binStart = Math.floor(rand() * 36) * 5 * minute;
      const n = 1 + Math.floor(rand() * 10);
      for (let j = 0; j < n; j++) {
        const edge = rand();
        const within = edge < 0.1 ? 0 : edge < 0.2 ? 5 * minute - 1 : edge < 0.25 ? 5 * minute : Math.floor(rand() * 5 * minute);
        const code = codes[Math.floor(rand() * codes.length)] as string;
        rows.push({ ts: t0 + binStart + within, ip, user, success: code === '0', resultCode: code });
      }
    }
    await withTempCase(async (engine) => {
      await insertSignins(engine, rows);
      const expected = referenceRule(rows);
      expect(expected.length).toBeGreaterThan(40);
      const page = await engine.service.loginSpikes({});
      expect(page.params).toEqual({ failureCodes: ['50126', '50053', '50055', '50056'], binMinutes: 5, minExclusive: 5 });
      expect(page.total).toBe(expected.length);
      expect(await allSpikes(engine)).toEqual(expected);
    });
  });

  it('bins at exact 5-minute boundaries, keeps 6 and drops 5, and ignores codes outside the list', async () => {
    const rows = [
      ...burst('198.51.100.1', 'six', [0, 1, 60_000, 120_000, 240_000, 5 * minute - 1]),
      ...burst('198.51.100.2', 'five', [0, 1, 2, 3, 4]),
      ...burst('198.51.100.3', 'split', [10 * minute, 10 * minute + 1, 11 * minute, 12 * minute, 14 * minute + 59_999, 15 * minute]),
      ...burst('198.51.100.4', 'unlisted', [0, 1, 2, 3, 4, 5], '50034'),
      ...burst('198.51.100.5', 'mixed', [0, 1, 2, 3, 4], '50126'),
      ...burst('198.51.100.5', 'mixed', [5], '50140'),
      ...burst('198.51.100.6', 'locked', [20 * minute, 20 * minute + 1, 21 * minute, 22 * minute, 23 * minute], '50053'),
      ...burst('198.51.100.6', 'locked', [24 * minute], '50055'),
      ...burst('198.51.100.6', 'locked', [24 * minute + 1], '50056'),
    ];
    await withTempCase(async (engine) => {
      await insertSignins(engine, rows);
      expect(await allSpikes(engine)).toEqual([
        { ip: '198.51.100.1', user: 'six', bin: '2024-03-01T09:00:00Z', failed: 6 },
        { ip: '198.51.100.6', user: 'locked', bin: '2024-03-01T09:20:00Z', failed: 7 },
      ]);
      expect(referenceRule(rows)).toEqual(await allSpikes(engine));
      const wide = await allSpikes(engine, { reference: { binMinutes: 10, minExclusive: 4 } });
      expect(wide.map((r) => `${r.user}@${r.bin}=${r.failed}`)).toEqual([
        'six@2024-03-01T09:00:00Z=6',
        'five@2024-03-01T09:00:00Z=5',
        'mixed@2024-03-01T09:00:00Z=5',
        'split@2024-03-01T09:10:00Z=6',
        'locked@2024-03-01T09:20:00Z=7',
      ]);
      const custom = await allSpikes(engine, { reference: { failureCodes: ['50034'] } });
      expect(custom).toEqual([{ ip: '198.51.100.4', user: 'unlisted', bin: '2024-03-01T09:00:00Z', failed: 6 }]);
    });
  });

  it('pages from the rows kept in the read memo equal the rule, and rows added later are counted (the kept rows are keyed by what the sign-ins hold)', async () => {
    const first = [...burst('198.51.100.1', 'a', [0, 1, 2, 3, 4, 5]), ...burst('198.51.100.2', 'b', [0, 1, 2, 3, 4, 5, 6])];
    const later = burst('198.51.100.3', 'c', [0, 1, 2, 3, 4, 5, 6, 7]);
    await withTempCase(async (engine) => {
      await insertSignins(engine, first);
      const pages = [0, 1, 2].map((offset) => engine.service.loginSpikes({ offset, limit: 1 }));
      expect((await Promise.all(pages)).flatMap((p) => p.rows)).toEqual(referenceRule(first));
      await insertSignins(engine, later);
      expect(await allSpikes(engine)).toEqual(referenceRule([...first, ...later]));
      expect((await engine.service.loginSpikes({ offset: 2, limit: 1 })).rows).toEqual(referenceRule([...first, ...later]).slice(2, 3));
    });
  });

  it('echoes its parameters and the SQL that produced the rows', async () => {
    await withTempCase(async (engine) => {
      const page = await engine.service.loginSpikes({ params: { reference: { minExclusive: 7 } } });
      expect(page.params.minExclusive).toBe(7);
      expect(page.sql).toContain('HAVING count(*) > 7');
      expect(page.sql).toContain(`'50126', '50053', '50055', '50056'`);
      expect(page).toMatchObject({ total: 0, rows: [] });
    });
  });
});

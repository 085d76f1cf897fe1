import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { sqlOn } from '../testing/sqlOn';
import { insertSignins, type SigninFixture } from '../testing/planted/insertSignins';
import { rollupScenario, rollupStart } from '../testing/planted/rollupScenario';
import { dayWindow } from './dayWindow';
import { heavyFinalists } from './heavyFinalists';
import { rankFromRollups } from './rankFromRollups';
import { daySides } from './signinDayRollup';
import { refreshSigninRollup } from './signinRollup';
import { derivedStateTable } from '../db/derivedState';
import { topAccounts, topAccountsScan } from './topAccounts';
import { topSources, topSourcesScan } from './topSources';

const at = (ms: number): string => new Date(rollupStart + ms).toISOString();
const hour = 3_600_000;
const day = 24 * hour;
/** Ranges the heavy days can decide: whole days, days with partial edges, part of one day, open ends. */
const dayRanges = [
  { from: at(0), to: at(2 * day) },
  { from: at(day), to: at(3 * day) },
  { from: at(5 * hour + 17), to: at(2 * day + 7 * hour + 3) },
  { from: at(day - 1), to: at(day + 1) },
  { from: at(9 * hour), to: at(21 * hour) },
  { from: at(day + 3 * hour) },
  { to: at(2 * day + 11 * hour) },
];

/** Attackers on top of the rollup scenario: one with no source address, and one spread thin over every hour of the three days. */
function planted(): SigninFixture[] {
  const rows: SigninFixture[] = [];
  for (let k = 0; k < 200; k++) rows.push({ ts: rollupStart + day + 2 * hour + k * 9_000, user: `user${k % 7}@corp.example`, ip: null, success: false });
  for (let h = 0; h < 72; h++) rows.push({ ts: rollupStart + h * hour + 59 * 60_000, user: `user${h % 50}@corp.example`, ip: '198.51.100.9', success: h % 10 === 0 });
  return rows;
}

const ranges = [
  {},
  { from: at(-hour), to: at(80 * hour) },
  { from: at(0) },
  { to: at(30 * hour) },
  { from: at(9 * hour), to: at(12 * hour) },
  { from: at(10 * hour + 1500), to: at(10 * hour + 61_234) },
  { from: at(20 * hour + 17_321), to: at(41 * hour + 59_999) },
  { from: at(5 * hour), to: at(6 * hour) },
  { from: at(100 * hour) },
];

describe('top sources and accounts from the ingest rollups', () => {
  it('equal a scan of every sign-in for whole-case, aligned, unaligned, quiet and empty ranges', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rollupScenario());
      await sqlOn(engine, `INSERT INTO signin (ts, "user", ip, success, source_id) VALUES (TIMESTAMPTZ '2024-01-01 10:00:30+00', 'user5@corp.example', '203.0.113.1', NULL, 1)`);
      await requireCase(engine.ctx).withConnection(async (c) => {
        const scanned = [];
        for (const r of ranges) for (const limit of [1, 10, 20, 100]) scanned.push([await topSourcesScan(c, { ...r, limit }), await topAccountsScan(c, { ...r, limit })]);
        await refreshSigninRollup(c);
        let i = 0;
        for (const r of ranges) {
          for (const limit of [1, 10, 20, 100]) {
            const label = JSON.stringify({ ...r, limit });
            const [sources, accounts] = scanned[i++] ?? [];
            expect(await topSources(c, { ...r, limit }), label).toEqual(sources);
            expect(await topAccounts(c, { ...r, limit }), label).toEqual(accounts);
          }
        }
        expect(scanned[0]?.[0]?.[0]).toMatchObject({ ip: '203.0.113.1', failed: 148 });
      });
    });
  });

  it('answers ranges with enough failing sources from the rollups alone, the whole case from the totals, and leaves quiet ranges to the scan', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rollupScenario());
      await requireCase(engine.ctx).withConnection(async (c) => {
        await refreshSigninRollup(c);
        const side = { key: 'ip', other: 'user', distinctAs: 'accounts', totals: 'rollup.signin_source_totals', byKey: 'rollup.signin_by_ip', days: daySides.ip } as const;
        for (const r of [{}, { from: at(9 * hour), to: at(12 * hour) }, { from: at(20 * hour + 17_321), to: at(41 * hour + 59_999) }]) {
          expect(await rankFromRollups(c, side, r, 3), JSON.stringify(r)).toEqual(await topSourcesScan(c, { ...r, limit: 3 }));
        }
        expect(await rankFromRollups(c, side, { from: at(10 * hour + 1500), to: at(10 * hour + 61_234) }, 100)).toBeNull();
      });
    });
  });

  it('ranks day-spanning ranges from the heavy days and the day rollups exactly as a scan, NULL entities included', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, [...rollupScenario(), ...planted()]);
      await requireCase(engine.ctx).withConnection(async (c) => {
        const scanned = [];
        for (const r of dayRanges) for (const limit of [1, 3, 10, 40]) scanned.push([await topSourcesScan(c, { ...r, limit }), await topAccountsScan(c, { ...r, limit })]);
        await refreshSigninRollup(c);
        let i = 0;
        for (const r of dayRanges) {
          for (const limit of [1, 3, 10, 40]) {
            const label = JSON.stringify({ ...r, limit });
            const [sources, accounts] = scanned[i++] ?? [];
            expect(await topSources(c, { ...r, limit }), label).toEqual(sources);
            expect(await topAccounts(c, { ...r, limit }), label).toEqual(accounts);
          }
        }
        expect(scanned[4]?.[0]?.[0]).toMatchObject({ ip: null, failed: 200, accounts: 7 });
        const decided = [];
        for (const r of dayRanges.slice(0, 5)) {
          const w = dayWindow(Date.parse(r.from ?? ''), Date.parse(r.to ?? ''));
          if (!w) throw new Error('empty window');
          decided.push([(await heavyFinalists(c, daySides.ip, w, 3)) !== null, (await heavyFinalists(c, daySides.user, w, 1)) !== null]);
        }
        expect(decided).toEqual([[true, true], [true, true], [true, true], [false, false], [true, true]]);
      });
    });
  });

  it('scans when the case predates the recorded rollup state (rollups built by an older version, day rollups missing)', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rollupScenario());
      await requireCase(engine.ctx).withConnection(async (c) => {
        await refreshSigninRollup(c);
        await c.run('DROP TABLE rollup.signin_ip_heavy_days');
        await c.run(`DELETE FROM ${derivedStateTable}`);
        const r = { from: at(0), to: at(2 * day), limit: 10 };
        expect(await topSources(c, r)).toEqual(await topSourcesScan(c, r));
      });
    });
  });
});

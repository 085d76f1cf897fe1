import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { sqlOn } from '../testing/sqlOn';
import { insertSignins } from './testing/insertSignins';
import { rollupScenario, rollupStart } from './testing/rollupScenario';
import { rankFromRollups } from './rankFromRollups';
import { refreshSigninRollup } from './signinRollup';
import { topAccounts, topAccountsScan } from './topAccounts';
import { topSources, topSourcesScan } from './topSources';

const at = (ms: number): string => new Date(rollupStart + ms).toISOString();
const hour = 3_600_000;
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
        const side = { key: 'ip', other: 'user', distinctAs: 'accounts', totals: 'rollup.signin_source_totals', byKey: 'rollup.signin_by_ip' } as const;
        for (const r of [{}, { from: at(9 * hour), to: at(12 * hour) }, { from: at(20 * hour + 17_321), to: at(41 * hour + 59_999) }]) {
          expect(await rankFromRollups(c, side, r, 3), JSON.stringify(r)).toEqual(await topSourcesScan(c, { ...r, limit: 3 }));
        }
        expect(await rankFromRollups(c, side, { from: at(10 * hour + 1500), to: at(10 * hour + 61_234) }, 100)).toBeNull();
      });
    });
  });
});

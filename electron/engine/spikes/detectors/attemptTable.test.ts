import { describe, expect, it } from 'vitest';
import { requireCase } from '../../case/requireCase';
import { queryRows } from '../../sql/queryRows';
import { seededRandom } from '../../demo/seededRandom';
import { withTempCase } from '../../testing/withTempCase';
import { attemptTableSql } from './attemptTable';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';

const minute = 60_000;
const t0 = Date.UTC(2024, 4, 6, 0, 0, 0);

/** Sign-ins for a few accounts (and none) packed around recovery-window edges: ties, exact limits, window boundaries. */
function generate(seed: number, recoveryMinutes: number): SigninFixture[] {
  const rand = seededRandom(seed);
  const r = recoveryMinutes * minute;
  const rows: SigninFixture[] = [];
  for (let i = 0; i < 3000; i++) {
    const user = rand() < 0.05 ? null : `acct${Math.floor(rand() * 12)}`;
    const edge = rand();
    const base = t0 + Math.floor(rand() * 400) * r;
    const ts = edge < 0.2 ? base : edge < 0.3 ? base - 1 : edge < 0.4 ? base + r : base + Math.floor(rand() * 3 * r);
    rows.push({ ts, user, ip: `198.51.100.${Math.floor(rand() * 3)}`, success: rand() < 0.35 });
  }
  for (const f of rows.filter((x) => x.success).slice(0, 40)) rows.push({ ...f, ts: f.ts - r, success: false });
  for (const f of rows.filter((x) => x.success).slice(40, 80)) rows.push({ ...f, ts: f.ts - r - 1, success: false });
  return rows;
}

/** Recovered, by definition: the same account succeeded from the same address at or after the failure and within the recovery minutes (a failure without an account never recovers). */
function recoveredOf(rows: SigninFixture[], recoveryMinutes: number): boolean[] {
  return rows.map((a) => rows.some((s) => s.success && a.user !== null && s.user === a.user && s.ip === a.ip && s.ts >= a.ts && s.ts <= a.ts + recoveryMinutes * minute));
}

describe('the attempt table', () => {
  for (const recoveryMinutes of [1, 30, 7]) {
    it(`holds every failure, recovered exactly when the account succeeded from the same address within ${recoveryMinutes} minutes after it`, async () => {
      await withTempCase(async (engine) => {
        const rows = generate(recoveryMinutes, recoveryMinutes);
        await insertSignins(engine, rows);
        const expected = recoveredOf(rows, recoveryMinutes);
        const got = await requireCase(engine.ctx).withConnection(async (c) => {
          await c.run(attemptTableSql(recoveryMinutes, 'SELECT NULL::VARCHAR AS ukey WHERE false'));
          return queryRows<{ ts: number; user: string | null; failed: boolean; recovered: boolean; n: number }>(
            c,
            `SELECT epoch_ms(ts)::DOUBLE AS ts, "user", failed, recovered, count(*)::DOUBLE AS n FROM attempt GROUP BY ALL ORDER BY ALL`,
          );
        });
        const want = new Map<string, number>();
        rows.forEach((r, i) => {
          if (r.success) return;
          const key = JSON.stringify([r.ts, r.user, !r.success, expected[i]]);
          want.set(key, (want.get(key) ?? 0) + 1);
        });
        const have = new Map(got.map((g) => [JSON.stringify([g.ts, g.user, g.failed, g.recovered]), g.n]));
        expect(have).toEqual(want);
        const recoveredFailures = rows.filter((r, i) => !r.success && expected[i]).length;
        expect(recoveredFailures).toBeGreaterThan(60);
        expect(rows.filter((r, i) => !r.success && !expected[i]).length).toBeGreaterThan(100);
      });
    });
  }
});

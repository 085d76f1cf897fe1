import { seededRandom } from '../../demo/seededRandom';
import type { SigninFixture } from './insertSignins';

/** Midnight UTC of the first day of the rollup scenario (2024-01-01). */
export const rollupStart = Date.UTC(2024, 0, 1);

/**
 * Three days of sign-ins with hundreds of sources and accounts, sub-minute times, shared timestamps, NULL sources and
 * accounts, tied failure counts and attackers active in different hours: ranked lists must be exact at every cut.
 */
export function rollupScenario(): SigninFixture[] {
  const rnd = seededRandom(7);
  const rows: SigninFixture[] = [];
  const span = 3 * 86_400_000;
  for (let i = 0; i < 12_000; i++) {
    const u = Math.floor(rnd() * 900);
    rows.push({
      ts: rollupStart + Math.floor(rnd() * span),
      user: u === 0 ? null : `user${u}@corp.example`,
      ip: u === 1 ? null : `10.0.${u % 3}.${Math.floor(u / 3) % 250}`,
      success: rnd() > 0.08,
    });
  }
  for (let a = 0; a < 6; a++) {
    const start = rollupStart + a * 10 * 3_600_000 + 1234;
    const tries = a < 2 ? 150 : 90 + a * 5;
    for (let k = 0; k < tries; k++) {
      const ts = start + Math.floor(k / 2) * 7_000;
      rows.push({ ts, user: `user${(a * 37 + k) % 60}@corp.example`, ip: `203.0.113.${a + 1}`, success: k % 45 === 44 });
    }
  }
  return rows;
}

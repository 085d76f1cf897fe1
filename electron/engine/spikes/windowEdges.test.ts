import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins, type SigninFixture } from '../testing/planted/insertSignins';

const boundary = Date.UTC(2024, 5, 3, 10, 0, 0);
const fail = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: false, failureReason: 'bad_password', resultCode: '50126' });

describe('attack windows that straddle a bin boundary', () => {
  it('sees a spray split 3 + 3 across a 20-minute boundary', async () => {
    const rows = [0, 1, 2, 3, 4, 5].map((k) => fail(boundary + (k - 3) * 20_000, `victim${k}`, '203.0.113.50'));
    await withTempCase(async (engine) => {
      await insertSignins(engine, rows);
      const { findings } = await engine.service.classifySignins({});
      expect(findings.map((f) => [f.kind, f.ips, f.users.length, f.evidence.attempts])).toEqual([['password_spray', ['203.0.113.50'], 6, 6]]);
      const narrow = await engine.service.classifySignins({ params: { spray: { minAccounts: 7 } } });
      expect(narrow.findings).toEqual([]);
    });
  });

  it('sees brute force split 6 + 6 across an hour boundary, and not 4 + 5', async () => {
    const split = Array.from({ length: 12 }, (_, k) => fail(boundary + (k - 6) * 60_000, 'target', '203.0.113.60'));
    const below = Array.from({ length: 9 }, (_, k) => fail(boundary + 86_400_000 + (k - 4) * 60_000, 'other', '203.0.113.61'));
    await withTempCase(async (engine) => {
      await insertSignins(engine, [...split, ...below]);
      const { findings } = await engine.service.classifySignins({});
      expect(findings.map((f) => [f.kind, f.users, f.evidence.attempts])).toEqual([['brute_force', ['target'], 12]]);
    });
  });
});

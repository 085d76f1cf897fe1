import { describe, expect, it } from 'vitest';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { homeIp, planted, plantedScenario } from '../testing/planted/plantedScenario';

describe('exposure: the leak joined with the sign-in logs', () => {
  it('counts leaked accounts seen, attempted by attack sources, successful after, and leaked IPs seen', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      await sqlOn(engine, `CREATE TABLE leak_1 (email VARCHAR, password VARCHAR, last_ip VARCHAR)`);
      const values = planted.leakedEmails.map((e, k) => `('${e.toUpperCase()}', 'pw${k}', ${k < 5 ? `'${planted.leakedLastIps[k]}'` : 'NULL'})`);
      await sqlOn(engine, `INSERT INTO leak_1 VALUES ${values.join(', ')}`);

      const x = await engine.service.exposure({ params: { listLimit: 5 } });
      expect(x.leakColumns).toEqual([{ table: 'leak_1', column: 'email' }]);
      expect(x.leakIpColumns).toEqual([{ table: 'leak_1', column: 'last_ip' }]);
      expect(x.leakedIdentities).toBe(300);
      expect(x.seenInSignins.count).toBe(150 + 15 + 40);
      expect(x.seenInSignins.accounts).toHaveLength(5);
      expect(x.seenInSignins.accounts[0]).toMatchObject({ user: planted.bruteUser, failed: 41 });
      expect(x.attemptedByAttackSources).toMatchObject({ count: 25 + 80, attackSources: 63 });
      expect(x.attemptedByAttackSources.accounts[0]).toMatchObject({ user: planted.bruteUser, failed: 41 });
      expect(x.successfulAfterAttempt.count).toBe(10 + 40);
      expect(x.successfulAfterAttempt.accounts.map((a) => a.user)).toContain(planted.bruteUser);
      const brute = x.successfulAfterAttempt.accounts.find((a) => a.user === planted.bruteUser);
      expect(brute).toMatchObject({ firstAttempt: '2024-03-04T02:00:00Z', firstSuccessAfter: '2024-03-04T03:00:00Z', successIp: planted.takeoverNewIp });
      expect(x.leakedIpsSeen.leakedIps).toBe(5);
      expect(x.leakedIpsSeen.count).toBe(5);
      expect(x.leakedIpsSeen.ips.map((i) => i.ip).sort()).toEqual([0, 1, 2, 3, 4].map(homeIp).sort());
      expect(x.leakedIpsSeen.ips.every((i) => i.users === 1)).toBe(true);
    });
  });

  it('is empty but well-formed without a leak', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario().slice(0, 100));
      const x = await engine.service.exposure({});
      expect(x).toMatchObject({ leakColumns: [], leakedIdentities: 0, seenInSignins: { count: 0, accounts: [] }, leakedIpsSeen: { leakedIps: 0, count: 0 } });
    });
  });

  it('without sign-ins, answers as the full computation does over sign-ins that touch no leaked value', async () => {
    await withTempCase(async (engine) => {
      await sqlOn(engine, `CREATE TABLE leak_1 (email VARCHAR, password VARCHAR, last_ip VARCHAR)`);
      const values = planted.leakedEmails.map((e, k) => `('${e}', 'pw${k}', ${k < 5 ? `'${planted.leakedLastIps[k]}'` : 'NULL'})`);
      await sqlOn(engine, `INSERT INTO leak_1 VALUES ${values.join(', ')}`);
      const early = await engine.service.exposure({ params: { listLimit: 5 } });
      await insertSignins(engine, [{ ts: Date.UTC(2024, 2, 4), user: 'nobody@elsewhere.example', ip: '192.0.2.200', success: false }]);
      const full = await engine.service.exposure({ params: { listLimit: 5 } });
      expect(early).toEqual(full);
      expect(early).toMatchObject({ leakedIdentities: 300, seenInSignins: { count: 0, accounts: [] }, leakedIpsSeen: { leakedIps: 5, count: 0, ips: [] } });
    });
  });
});

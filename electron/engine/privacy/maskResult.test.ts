import { describe, expect, it } from 'vitest';
import { insertSignins } from '../testing/planted/insertSignins';
import { natIp, planted, plantedScenario } from '../testing/planted/plantedScenario';
import { withTempCase } from '../testing/withTempCase';
import { AttackSourcesNeeded, maskerFor } from './casePrivacy';
import { maskResult } from './maskResult';

describe('attack sources computed only for a result that holds an IP', () => {
  it('a deferred masker masks identities without them, asks for them on an IP, and maskResult then shows attackers clear', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      const db = engine.ctx.caseDb;
      const deferred = await maskerFor(db, true);
      expect(deferred.identity(planted.bruteUser)).toMatch(/#[0-9a-f]{6}$/);
      expect(() => deferred.ip(planted.bruteIp)).toThrow(AttackSourcesNeeded);
      const plain = await maskResult(db, { path: '/evidence/signins.csv', rows: 3 });
      expect(plain.masked).toEqual({ path: '/evidence/signins.csv', rows: 3 });
      const { masked } = await maskResult(db, { ips: [planted.bruteIp, natIp], note: `from ${planted.bruteIp}` });
      expect(masked.ips[0]).toBe(planted.bruteIp);
      expect(masked.ips[1]).toMatch(/^192\.0\.\*\.\*#[0-9a-f]{6}$/);
      expect(masked.note).toBe(`from ${planted.bruteIp}`);
      expect((await maskerFor(db, true)).isAttackSource(planted.bruteIp)).toBe(true);
    });
  }, 60_000);
});

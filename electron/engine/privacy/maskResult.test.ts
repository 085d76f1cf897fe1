import { describe, expect, it } from 'vitest';
import { insertSignins } from '../testing/planted/insertSignins';
import { natIp, planted, plantedScenario } from '../testing/planted/plantedScenario';
import { withTempCase } from '../testing/withTempCase';
import { spikeParamsSchema } from '../../../shared/api/detectParams';
import { dispatch } from '../dispatch';
import { spikesService } from '../spikes/spikesService';
import { AttackSourcesNeeded, maskerFor } from './casePrivacy';
import { maskResult } from './maskResult';
import { attackKinds } from './personalRule';

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

  it('a default classification becomes the attack sources; tuned parameters do not, and stored findings outdate it', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      const db = engine.ctx.caseDb;
      const spikes = spikesService(engine.ctx);
      const unknown = async () => (await maskerFor(db, true)).ip(planted.bruteIp);
      await spikes.classifySignins({ params: spikeParamsSchema.parse({ stuffing: { minAccounts: 1000 } }) });
      await expect(unknown()).rejects.toThrow(AttackSourcesNeeded);
      const { findings } = await spikes.classifySignins({ params: spikeParamsSchema.parse({}) });
      const adopted = await maskerFor(db, true);
      expect(adopted.isAttackSource(planted.bruteIp)).toBe(true);
      expect(adopted.isAttackSource(natIp)).toBe(false);
      expect(findings.filter((f) => attackKinds.has(f.kind)).flatMap((f) => f.ips)).toContain(planted.bruteIp);
      expect((await dispatch(engine.api, 'runDetectors', {})).ok).toBe(true);
      await expect(unknown()).rejects.toThrow(AttackSourcesNeeded);
    });
  }, 60_000);
});

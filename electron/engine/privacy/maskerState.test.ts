import { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { planted, plantedScenario } from '../testing/planted/plantedScenario';

afterEach(() => vi.restoreAllMocks());

describe('the attack state behind masking', () => {
  it('is read once for the results masked in one turn, and anew for results asked after a verdict changed it', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      await engine.service.runDetectors({});
      const brute = (await engine.service.listFindings({ kind: 'brute_force' })).rows[0];
      if (!brute) throw new Error('the planted brute force was not found');
      const read = vi.spyOn(DuckDBConnection.prototype, 'run');
      const stateReads = () => read.mock.calls.filter(([sql]) => sql.includes('max(updated_at)')).length;
      const pages = await Promise.all(Array.from({ length: 40 }, () => engine.api.findingSources({ id: brute.id })));
      expect(pages.every((p) => p.rows[0]?.ip === planted.bruteIp)).toBe(true);
      expect(stateReads()).toBeLessThan(10);

      await engine.api.updateFinding({ id: brute.id, status: 'dismissed' });
      const after = await Promise.all(Array.from({ length: 40 }, () => engine.api.findingSources({ id: brute.id })));
      expect(after.every((p) => p.rows[0]?.ip !== planted.bruteIp && p.rows[0]?.ip === after[0]?.rows[0]?.ip)).toBe(true);
    });
  });
});

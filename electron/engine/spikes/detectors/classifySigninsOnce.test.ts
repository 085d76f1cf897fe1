import path from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spikeParamsSchema } from '../../../../shared/api/detectParams';
import type { Engine } from '../../createEngine';
import { requireCase } from '../../case/requireCase';
import { sqlOn } from '../../testing/sqlOn';
import { withTempCase } from '../../testing/withTempCase';
import { insertSignins } from '../../testing/planted/insertSignins';
import { planted, plantedScenario } from '../../testing/planted/plantedScenario';
import { classifySignins } from './classifySignins';
import { classifySigninsOnce } from './classifySigninsOnce';

/** The planted scenario with a leak table, as the exposure tests load it. */
async function loadScenario(engine: Engine): Promise<void> {
  await insertSignins(engine, plantedScenario());
  await sqlOn(engine, `CREATE TABLE leak_1 (email VARCHAR, password VARCHAR, last_ip VARCHAR)`);
  await sqlOn(engine, `INSERT INTO leak_1 VALUES ${planted.leakedEmails.map((e, k) => `('${e}', 'pw${k}', NULL)`).join(', ')}`);
}

/** How many times the sign-in classification ran: each run builds its `ok_pair` table once. */
function countClassifications(): () => number {
  const run = vi.spyOn(DuckDBConnection.prototype, 'run');
  return () => run.mock.calls.filter(([sql]) => /TEMP TABLE ok_pair\b/.test(sql)).length;
}

/** What a classification without any memo finds on the case as it is now. */
async function fresh(engine: Engine) {
  return requireCase(engine.ctx).withConnection((c) => classifySignins(c, spikeParamsSchema.parse({})));
}

const kinds = (fs: Array<{ kind: string }>) => fs.map((f) => f.kind).sort();

afterEach(() => vi.restoreAllMocks());

describe('the sign-in classification, once per case state', () => {
  it('is computed once for the detectors, the exposure and the classification Api', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const classified = countClassifications();
      await engine.service.runDetectors({});
      expect(classified()).toBe(1);
      const exposure = await engine.service.exposure({});
      const [live, again] = await Promise.all([engine.service.classifySignins({}), engine.service.classifySignins({})]);
      expect(classified()).toBe(1);
      expect(exposure.attemptedByAttackSources.attackSources).toBe(63);
      expect(again).toEqual(live);
      const stored = await engine.service.listFindings({ limit: 100 });
      expect(kinds(live.findings)).toEqual(kinds(stored.rows));
      await engine.service.classifySignins({ params: { recoveryMinutes: 45 } });
      expect(classified()).toBe(2);
    });
  });

  it('hands each caller its own copy to edit', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const db = requireCase(engine.ctx);
      const p = spikeParamsSchema.parse({});
      const classified = countClassifications();
      const mine = await db.withConnection((c) => classifySigninsOnce(c, p, db.memo));
      for (const f of mine) {
        f.evidence.edited = true;
        f.users.push('someone');
        f.members?.accounts.splice(0);
      }
      const theirs = await db.withConnection((c) => classifySigninsOnce(c, p, db.memo));
      expect(classified()).toBe(1);
      expect(theirs).toEqual(await fresh(engine));
    });
  });

  it('is shared with the attack sources that masking needs before any detector ran', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const classified = countClassifications();
      const top = await engine.api.topSources({ limit: 5 });
      expect(top.map((r) => r.ip)).toContain(planted.bruteIp);
      expect(classified()).toBe(1);
      await engine.api.classifySignins({});
      await engine.api.exposure({});
      expect(classified()).toBe(1);
    });
  });

  it('is computed once for a report: its live findings and its exposure', async () => {
    await withTempCase(async (engine, { work }) => {
      await loadScenario(engine);
      const classified = countClassifications();
      await engine.service.writeReport({ format: 'json', outPath: path.join(work, 'report.json') });
      expect(classified()).toBe(1);
      await engine.service.runDetectors({});
      await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'report.html') });
      expect(classified()).toBe(1);
    });
  });

  it('is computed again after a dismissal, new sign-ins or new IP intel, finding what a fresh classification finds', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const classified = countClassifications();
      const before = (await engine.service.classifySignins({})).findings;
      expect(classified()).toBe(1);

      const dismissal = await engine.service.addDismissal({ kind: 'source', value: planted.sprayIp, note: 'red-team exercise' });
      const dismissed = (await engine.service.classifySignins({})).findings;
      expect(classified()).toBe(2);
      expect(kinds(dismissed)).not.toContain('password_spray');
      expect(kinds(before)).toContain('password_spray');
      await engine.service.removeDismissal({ id: dismissal.id });
      expect((await engine.service.classifySignins({})).findings).toEqual(before);
      expect(classified()).toBe(2);

      const brute = plantedScenario().filter((r) => r.ip === planted.bruteIp && r.user === planted.bruteUser);
      await insertSignins(engine, brute.map((r) => ({ ...r, ip: '45.0.0.5', user: 'emp6@corp.example' })), 2);
      const more = (await engine.service.classifySignins({})).findings;
      expect(classified()).toBe(3);
      expect(kinds(more).filter((k) => k === 'brute_force')).toHaveLength(2);

      await engine.service.refreshIpIntel({});
      const withIntel = await engine.service.exposure({});
      expect(classified()).toBe(4);
      const stamped = await fresh(engine);
      expect((await engine.service.classifySignins({})).findings.map((f) => f.evidence)).toEqual(stamped.map((f) => f.evidence));
      expect(withIntel.attemptedByAttackSources.attackSources).toBe(64);
      expect(classified()).toBe(5);
    });
  });
});

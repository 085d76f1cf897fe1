import { describe, expect, it } from 'vitest';
import type { FindingDraftDto } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { sqlOn } from '../../testing/sqlOn';
import { withTempCase } from '../../testing/withTempCase';
import { insertSignins } from '../../testing/planted/insertSignins';
import { natIp, planted, plantedScenario } from '../../testing/planted/plantedScenario';

/** Loads the planted scenario and a leak table `leak_1(email, password, last_ip)`. */
async function loadScenario(engine: Engine): Promise<void> {
  await insertSignins(engine, plantedScenario());
  await sqlOn(engine, `CREATE TABLE leak_1 (email VARCHAR, password VARCHAR, last_ip VARCHAR)`);
  const values = planted.leakedEmails.map((e, k) => `('${e}', 'pw${k}', ${k < planted.leakedLastIps.length ? `'${planted.leakedLastIps[k]}'` : 'NULL'})`);
  await sqlOn(engine, `INSERT INTO leak_1 VALUES ${values.join(', ')}`);
}

const sorted = (xs: string[]) => [...xs].sort();
const byKind = (fs: FindingDraftDto[], kind: string) => fs.filter((f) => f.kind === kind);

describe('sign-in classification on a planted scenario', () => {
  it('finds every planted attack with its ground truth and nothing else', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const { findings, params } = await engine.service.classifySignins({ params: { leakColumns: [{ table: 'leak_1', column: 'email' }] } });
      expect(params.spray.minAccounts).toBe(5);
      expect(findings.map((f) => f.kind).sort()).toEqual(
        ['account_takeover', 'account_takeover', 'account_takeover', 'brute_force', 'credential_stuffing', 'credential_stuffing', 'password_spray'].sort(),
      );

      const [spray] = byKind(findings, 'password_spray');
      expect(spray?.ips).toEqual([planted.sprayIp]);
      expect(spray?.users).toEqual(sorted(planted.sprayUsers));
      expect(spray?.evidence).toMatchObject({ attempts: 30, accounts: 30, attemptsPerAccount: 1, leakOverlap: 0, noSuchUserShare: 0, topUserAgent: 'python-requests/2.31', topUserAgentShare: 1 });
      expect(spray?.severity).toBe('critical');

      const [brute] = byKind(findings, 'brute_force');
      expect(brute?.users).toEqual([planted.bruteUser]);
      expect(brute?.ips).toEqual([planted.bruteIp]);
      expect(brute?.evidence).toMatchObject({ attempts: planted.bruteAttempts, sources: 1, leakedAccounts: 1, shape: 'brute_force', topSources: [{ ip: planted.bruteIp, attempts: 40 }] });

      const stuffing = byKind(findings, 'credential_stuffing');
      const single = stuffing.find((f) => f.evidence.distributed === false);
      expect(single?.ips).toEqual([planted.stuffIp]);
      expect(single?.users).toEqual(sorted(planted.stuffUsers));
      expect(single?.evidence).toMatchObject({ attempts: 25, accounts: 25, leakedAccounts: 25, leakOverlap: 1, noSuchUserShare: 0.6 });

      const distributed = stuffing.find((f) => f.evidence.distributed === true);
      expect(distributed?.ips).toEqual(sorted(planted.distributedIps));
      expect(distributed?.users).toEqual(sorted(planted.distributedUsers));
      expect(distributed?.evidence).toMatchObject({ attempts: 80, accounts: 80, sources: 60, attemptsPerAccount: 1, leakOverlap: 1, noSuchUserShare: 0.5, topUserAgent: 'okhttp/4.9', topUserAgentSources: 48, topUserAgentShare: 0.8 });
      expect(distributed?.start).toBe('2024-03-06T01:00:00Z');

      const ato = byKind(findings, 'account_takeover');
      expect(ato.map((f) => [f.users[0], f.severity, f.evidence.fromAttackSource])).toEqual([
        [planted.sprayTakeover, 'critical', true],
        [planted.bruteUser, 'high', false],
        [planted.distributedTakeover.user, 'critical', true],
      ]);
      expect(ato[1]?.ips).toEqual([planted.takeoverNewIp]);
      expect(ato[2]?.evidence.campaignId).toBe(distributed?.id);
      expect(ato[1]?.evidence).toMatchObject({ confidence: 'medium', usualSources: [expect.objectContaining({ ip: natIp }), expect.objectContaining({ ip: '198.18.0.5', successes: 2 })] });

      for (const f of findings) {
        expect(f.ips).not.toContain(natIp);
        expect(f.users).not.toContain(planted.staleUser);
        expect(f.sql.length).toBeGreaterThan(50);
        expect(f.start <= f.end).toBe(true);
      }
    });
  });

  it('sees the stale-password retry in the reference rule but classifies it as benign', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const spikes = await engine.service.loginSpikes({ limit: 1000 });
      expect(spikes.rows.filter((r) => r.user === planted.staleUser)).toEqual([
        { ip: '198.18.0.100', user: planted.staleUser, bin: '2024-03-03T14:00:00Z', failed: 8 },
      ]);
      expect(spikes.rows.filter((r) => r.ip === natIp)).toEqual([]);
      expect(spikes.rows.some((r) => planted.distributedIps.includes(r.ip ?? ''))).toBe(false);
    });
  });

  it('finds the leak column by content when none is given, and is reproducible', async () => {
    await withTempCase(async (engine) => {
      await loadScenario(engine);
      const first = await engine.service.classifySignins({});
      const second = await engine.service.classifySignins({});
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      const single = first.findings.find((f) => f.kind === 'credential_stuffing' && f.evidence.distributed === false);
      expect(single?.params.leakColumns).toEqual([{ table: 'leak_1', column: 'email' }]);
    });
  });

  it('without a leak, still calls the distributed attack stuffing from its share of non-existent accounts', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      const { findings } = await engine.service.classifySignins({});
      const distributed = findings.find((f) => f.evidence.distributed === true);
      expect(distributed?.kind).toBe('credential_stuffing');
      expect(distributed?.evidence).toMatchObject({ leakOverlap: null, noSuchUserShare: 0.5, sources: 60 });
    });
  });
});

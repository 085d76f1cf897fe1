import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { cust, emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { loadTenantScenario } from '../../testing/scenarios/loadTenantScenario';
import { scoreFindings } from '../../testing/scenarios/scoreFindings';
import { randomSweepCases } from '../../testing/scenarios/signinSweep';
import { tenantScenario } from '../../testing/scenarios/tenantScenario';
import { wrongFindings } from '../../testing/scenarios/wrongFindings';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const day = 86_400_000;
const attackers = ['203.0.113.20', '203.0.113.21', '203.0.113.22'];
const fail = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: false, failureReason: 'bad_password', resultCode: '50126', userAgent: 'python-requests/2.31' });

/** Fifteen accounts tried once each from three addresses, one every twelve minutes over an afternoon: never five in a 20-minute window. */
function thinSpray(): SigninFixture[] {
  const at = scenarioStart + 4 * day + 13 * 3_600_000;
  return Array.from({ length: 15 }, (_, k) => fail(at + k * 12 * minute, emp(60 + k), attackers[k % 3] as string));
}

/**
 * Thin attacks (docs/design.md §1): a spray or stuffing of a few accounts from two or three addresses over hours stays
 * under `spray.minAccounts` in every 20-minute window; the failures of sources no campaign claimed are counted again
 * over wide windows, against the tenant's own base rate.
 */
describe('thin attacks', () => {
  it('fifteen accounts tried from three addresses over an afternoon are one medium spray', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, [...plantedScenario(), ...thinSpray()]);
      const { findings } = await engine.service.classifySignins({});
      const thin = findings.filter((f) => f.ips.some((ip) => attackers.includes(ip)));
      expect(thin.map((f) => [f.kind, f.severity, f.ips, f.users.length])).toEqual([['password_spray', 'medium', attackers, 15]]);
    });
  });

  it('fifteen names that do not exist tried from three addresses over an afternoon are one stuffing, medium while nothing was won', async () => {
    await withTempCase(async (engine) => {
      const names = thinSpray().map((r, k) => ({ ...r, user: cust(k), failureReason: 'no_such_user', resultCode: '50034' }));
      await insertSignins(engine, [...plantedScenario(), ...names]);
      const { findings } = await engine.service.classifySignins({});
      const thin = findings.filter((f) => f.ips.some((ip) => attackers.includes(ip)));
      expect(thin.map((f) => [f.kind, f.severity, f.ips, f.users.length])).toEqual([['credential_stuffing', 'medium', attackers, 15]]);
    });
  });

  it('a thin spray that gets one account right is critical, with the takeover', async () => {
    await withTempCase(async (engine) => {
      const at = scenarioStart + 4 * day + 16 * 3_600_000 + 5 * minute;
      const won: SigninFixture = { ts: at, user: emp(90), ip: attackers[0] as string, success: true, resultCode: '0', userAgent: 'python-requests/2.31' };
      await insertSignins(engine, [...plantedScenario(), ...thinSpray(), won]);
      const { findings } = await engine.service.classifySignins({});
      const thin = findings.filter((f) => f.kind !== 'account_takeover' && f.ips.some((ip) => attackers.includes(ip)));
      expect(thin.map((f) => [f.kind, f.severity])).toEqual([['password_spray', 'critical']]);
      const takeover = findings.filter((f) => f.kind === 'account_takeover' && f.users.includes(emp(90)));
      expect(takeover.map((f) => [f.severity, f.evidence.fromAttackSource])).toEqual([['critical', true]]);
    });
  });

  it('a generated tenant with a spray of 18 accounts and a stuffing of 6 (its leak pool emptied by the proxies) over hours has both found and no wrong high', async () => {
    await withTempCase(async (engine) => {
      const c = randomSweepCases(7).find((x) => x.params.seed === 1006);
      if (!c) throw new Error('sweep case 1006 missing');
      const s = tenantScenario(c.params, { attacks: true });
      await loadTenantScenario(engine, s, { intel: c.intel });
      await engine.service.runDetectors({});
      const scores = (await scoreFindings(engine, s.truth)).filter((x) => x.cls === 'spray' || x.cls === 'single_stuffing');
      expect(scores.map((x) => [x.cls, x.on, x.truth, x.precision, x.recall])).toEqual([
        ['single_stuffing', 'accounts', 6, 1, 1],
        ['spray', 'accounts', 18, 1, 1],
        ['single_stuffing', 'sources', 2, 1, 1],
        ['spray', 'sources', 3, 1, 1],
      ]);
      expect((await wrongFindings(engine, s.truth)).filter((w) => w.wrong)).toEqual([]);
    });
  });
});

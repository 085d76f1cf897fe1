import { describe, expect, it } from 'vitest';
import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { loadTenantScenario } from '../../testing/scenarios/loadTenantScenario';
import type { ScenarioParams } from '../../testing/scenarios/ScenarioParams';
import { scoreFindings } from '../../testing/scenarios/scoreFindings';
import { tenantScenario } from '../../testing/scenarios/tenantScenario';
import { wrongFindings } from '../../testing/scenarios/wrongFindings';
import { withTempCase } from '../../testing/withTempCase';
import type { Engine } from '../../createEngine';

/** Generates and classifies one tenant; returns the high/critical findings naming honest members (not attacked accounts misread), as readable lines. */
async function wrongHighs(engine: Engine, params: Partial<ScenarioParams>, attacks: boolean, intel: boolean) {
  const s = tenantScenario(params, { attacks });
  await loadTenantScenario(engine, s, { intel });
  await engine.service.runDetectors({});
  const wrong = (await wrongFindings(engine, s.truth))
    .filter((w) => w.wrong && Object.keys(w.phenomena).some((k) => !k.startsWith('attacked')))
    .map((w) => `${w.kind} ${w.severity}: ${w.summary}`);
  return { s, wrong };
}

/**
 * Benign phenomena the everyday traffic lacks (docs/detection-scenarios.md): each once gave wrong high or critical
 * findings, and each stays a fixed-seed tenant here.
 */
describe('benign phenomena on generated tenants', () => {
  it('a forced password change day (phones failing on one carrier-NAT address, succeeding on its neighbour) gives no high finding', async () => {
    await withTempCase(async (engine) => {
      const { s, wrong } = await wrongHighs(engine, { seed: 2000, accounts: 1500, days: 14, phenomena: ['password_change'] }, false, true);
      expect(s.truth.phenomena.password_change.accounts.size).toBeGreaterThan(1000);
      expect(wrong).toEqual([]);
    });
  });

  it('an identity-provider outage in the office burst, on the day of every attack, leaves the attacks found and adds no wrong high', async () => {
    await withTempCase(async (engine) => {
      const { s, wrong } = await wrongHighs(engine, { seed: 2001, accounts: 1500, days: 14, phenomena: ['idp_outage'], overlap: true }, true, false);
      expect(wrong).toEqual([]);
      const scores = await scoreFindings(engine, s.truth);
      expect(scores.filter((x) => x.cls !== 'single_stuffing' && (x.precision < 0.9 || x.recall < 0.9))).toEqual([]);
    });
  });

  it('a service account failing every few minutes for days from one internal address is a medium steady client, and no planted brute force is read as one', async () => {
    await withTempCase(async (engine) => {
      const { wrong } = await wrongHighs(engine, { seed: 2002, accounts: 1500, days: 14, phenomena: ['service_account'] }, true, true);
      expect(wrong).toEqual([]);
      const brute = (await engine.service.listFindings({ kind: 'brute_force', limit: 1000 })).rows;
      const stale = brute.filter((f) => f.users.includes('svc-report@tenant.example'));
      expect(stale.map((f) => [f.severity, f.evidence.steadyClient])).toEqual([['medium', true]]);
      expect(brute.length).toBeGreaterThanOrEqual(51);
      expect(brute.filter((f) => f.evidence.steadyClient === true).length).toBe(1);
    });
  });

  it('a first evening sign-in from home after an attempt is no critical takeover: the home ISP and country are the tenant people\'s own network', async () => {
    await withTempCase(async (engine) => {
      const s = tenantScenario({ seed: 2004, accounts: 1500, days: 14, phenomena: ['conference'], overlap: true });
      await loadTenantScenario(engine, s, { intel: true });
      await engine.service.runDetectors({});
      const critical = (await wrongFindings(engine, s.truth, ['critical'])).map((w) => `${w.kind}: ${w.summary}`);
      expect(critical).toEqual([]);
      const takeover = (await scoreFindings(engine, s.truth)).find((x) => x.cls === 'takeover');
      expect(takeover?.recall).toBeGreaterThanOrEqual(0.9);
      const listed = (await engine.service.listFindings({ kind: 'account_takeover', limit: 1000 })).rows;
      expect(listed.filter((f) => s.truth.accounts.takeover.has(f.users[0] ?? '') && f.severity === 'critical').length).toBeGreaterThanOrEqual(30);
    });
  });

  it('an attacked VPN user\'s first evening sign-in from home after one try of the proxy campaign, on a browser the account used before, is no high takeover; the planted takeovers stay found', async () => {
    await withTempCase(async (engine) => {
      const s = tenantScenario({ seed: 2001, accounts: 1500, days: 14, phenomena: ['idp_outage'], overlap: true });
      await loadTenantScenario(engine, s, { intel: false });
      await engine.service.runDetectors({});
      const wrong = (await wrongFindings(engine, s.truth)).filter((w) => w.wrong).map((w) => `${w.kind} ${w.severity}: ${w.summary}`);
      expect(wrong).toEqual([]);
      const takeover = (await scoreFindings(engine, s.truth)).find((x) => x.cls === 'takeover');
      expect(takeover?.recall).toBeGreaterThanOrEqual(0.9);
      const listed = (await engine.service.listFindings({ kind: 'account_takeover', limit: 1000 })).rows;
      const home = listed.filter((f) => !s.truth.accounts.takeover.has(f.users[0] ?? '') && (f.evidence as unknown as TakeoverEvidence).reasons.some((x) => x.code === 'own_user_agent'));
      expect(home.length).toBeGreaterThan(0);
      expect(home.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    });
  });

  it('a new phone (two to six second-factor prompts timing out at the account\'s own evening address, then the sign-in) is no finding at any severity', async () => {
    await withTempCase(async (engine) => {
      const s = tenantScenario({ seed: 2007, accounts: 1500, days: 14, phenomena: ['phone_reinstall'] }, { attacks: false });
      await loadTenantScenario(engine, s, { intel: false });
      await engine.service.runDetectors({});
      const phones = s.truth.phenomena.phone_reinstall.accounts;
      expect(phones.size).toBe(30);
      const named = (await wrongFindings(engine, s.truth, ['low', 'medium', 'high', 'critical'])).filter((w) => (w.phenomena.phone_reinstall ?? 0) > 0);
      expect(named.map((w) => `${w.kind} ${w.severity}: ${w.summary}`)).toEqual([]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { loadTenantScenario } from '../../testing/scenarios/loadTenantScenario';
import type { ScenarioParams } from '../../testing/scenarios/ScenarioParams';
import { tenantScenario } from '../../testing/scenarios/tenantScenario';
import { scoreFindings } from '../../testing/scenarios/scoreFindings';
import { runDetectorsWithoutLookup } from '../../testing/runDetectorsWithoutLookup';

/**
 * Parameter sets the detectors must hold on (docs/detection-scenarios.md): seeds differ, and so do the attack
 * thickness (one try per proxy source, up to four), benign typo rates (1–5 %), tenant size and span, carrier-NAT
 * pool, leak share and whether IP intel is present. Every class has at least 50 member accounts.
 */
const sets: Array<{ name: string; params: Partial<ScenarioParams>; intel: boolean }> = [
  { name: 'mid-range, with intel', params: { seed: 11, accounts: 1500, days: 14, typoRate: 0.03, proxyMaxAccountsPerSource: 4, proxyAccounts: 600, cgnatAddresses: 20 }, intel: true },
  {
    name: 'thin: one try per proxy source, 5 % typos, no intel',
    params: { seed: 22, accounts: 1500, days: 14, typoRate: 0.05, proxyMaxAccountsPerSource: 1, proxyAccounts: 400, proxyHours: 12, cgnatAddresses: 30 },
    intel: false,
  },
  {
    name: 'two tries per account over a day, 1 % typos, big carrier NAT, half the tenant leaked',
    params: { seed: 33, accounts: 2000, days: 21, typoRate: 0.01, proxyTriesPerAccount: 2, proxyMaxAccountsPerSource: 3, proxyAccounts: 800, cgnatAddresses: 50, leakShare: 0.5 },
    intel: true,
  },
];

// The tenants' IP intel is the generator's (synthetic networks, or none): the detectors run on it as it is, not after the dataset lookup.
describe('detection accuracy on generated tenants', () => {
  for (const set of sets) {
    it(`holds precision and recall ≥ 0.9 per class on accounts and sources: ${set.name}`, async () => {
      await withTempCase(async (engine) => {
        const s = tenantScenario(set.params);
        for (const cls of Object.values(s.truth.accounts)) expect(cls.size).toBeGreaterThanOrEqual(50);
        await loadTenantScenario(engine, s, { intel: set.intel });
        await runDetectorsWithoutLookup(engine);
        const scores = await scoreFindings(engine, s.truth);
        const failing = scores.filter((x) => x.precision < 0.9 || x.recall < 0.9);
        expect(failing).toEqual([]);
        const listed = (await engine.service.listFindings({ kind: 'account_takeover', limit: 1000 })).rows;
        expect(listed.filter((t) => s.truth.shared.has(t.ips[0] ?? '') && t.evidence.confidence !== 'low').map((t) => t.summary)).toEqual([]);
      });
    }, 120_000);
  }

  it('finds nothing high or critical in a benign-only week', async () => {
    await withTempCase(async (engine) => {
      const s = tenantScenario({ seed: 44, accounts: 1500, days: 7, typoRate: 0.05 }, { attacks: false });
      await loadTenantScenario(engine, s, { intel: true });
      await runDetectorsWithoutLookup(engine);
      const { rows } = await engine.service.listFindings({ limit: 1000 });
      expect(rows.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.summary)).toEqual([]);
    });
  }, 120_000);
});

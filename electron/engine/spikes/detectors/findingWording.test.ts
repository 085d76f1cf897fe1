import { describe, expect, it } from 'vitest';
import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { insertIntel } from '../../testing/planted/insertIntel';
import { withTempCase } from '../../testing/withTempCase';

const hour = 3_600_000;
const day = 86_400_000;
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ok = (ts: number, ip: string): SigninFixture => ({ ts, user: emp(170), ip, success: true, resultCode: '0', userAgent: phone });

/** The sentences analysts read in a report: an AS number written as AS…, and counts of one in the singular. */
describe('finding sentences', () => {
  it('name a network by its AS number with the AS prefix when the intel gives the bare number, and a lone source without "1 sources share"', async () => {
    await withTempCase(async (engine) => {
      const habit = [0, 1].map((d) => ok(scenarioStart + d * day + 12 * hour, `203.0.113.${10 + d}`));
      await insertSignins(engine, [...plantedScenario(), ...habit, ok(scenarioStart + 2 * day + 19 * hour, '198.51.100.77')]);
      await insertIntel(engine, [
        ['203.0.113.10', '64510', 'DE'],
        ['203.0.113.11', '64510', 'DE'],
        ['198.51.100.77', '64511', 'DE'],
      ]);
      const { findings } = await engine.service.classifySignins({});
      const takeover = findings.find((f) => f.kind === 'account_takeover' && f.users.includes(emp(170)));
      const reasons = (takeover?.evidence as unknown as TakeoverEvidence | undefined)?.reasons ?? [];
      expect(reasons.find((r) => r.code === 'new_asn')?.text).toBe('AS64511 is a network the account never signed in from');
      const campaigns = findings.filter((f) => ['credential_stuffing', 'password_spray', 'brute_force'].includes(f.kind));
      expect(campaigns.length).toBeGreaterThan(0);
      for (const f of campaigns) expect(f.summary).not.toMatch(/\b1 sources\b|\b1 of the accounts are\b/);
      expect(campaigns.some((f) => f.summary.includes('its user agent is "'))).toBe(true);
    });
  });
});

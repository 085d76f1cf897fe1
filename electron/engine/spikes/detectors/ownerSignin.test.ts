import { describe, expect, it } from 'vitest';
import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { insertIntel } from '../../testing/planted/insertIntel';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const hour = 3_600_000;
const day = 86_400_000;
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const android = 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36';
const ok = (ts: number, user: string, ip: string, ua = phone): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });

/** emp(170)'s phone on its carrier at lunch on the two days before the planted spray tried the account (day 2, 10:00). */
const habit = [0, 1].map((d) => ok(scenarioStart + d * day + 12 * hour, emp(170), `203.0.113.${10 + d}`));

/** That evening, a sign-in of emp(170) from `ip` with `ua`. */
const evening = (ip: string, ua = phone) => ok(scenarioStart + 2 * day + 19 * hour, emp(170), ip, ua);

/** emp(170)'s takeover findings as [severity, reason codes], with `intel` rows (ip, asn) as the case's IP intel when given. */
async function takeoverOf(extra: SigninFixture[], intel?: Array<[string, string]>): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    if (intel) await insertIntel(engine, intel.map(([ip, asn]) => [ip, asn, 'DE']));
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, emp(170));
  });
}

/**
 * After a mass campaign only tried an account, its owner's next sign-in from an address the log had not shown, with the
 * device the account signs in with, on a network it signed in from before the campaign (its IPv4 /24 or IPv6 /48, or
 * its ASN with intel), and tied to the campaign by nothing but the tries, is a low takeover (docs/design.md §1, "The
 * owner's own sign-in after tries"): the blind test's owners' phones on their carrier's next address were hundreds of
 * medium takeovers. Another device, or another network, keeps its severity.
 */
describe("the owner's own device on its own network after a mass campaign's tries", () => {
  it('without intel: the phone on a new address of the /24 it used before is low; on another /24, or another device on that /24, is not', async () => {
    expect(await takeoverOf([...habit, evening('203.0.113.77')])).toEqual([['low', ['new_source', 'after_failures', 'own_user_agent', 'own_network']]]);
    expect(await takeoverOf([...habit, evening('198.51.100.77')])).toEqual([['medium', ['new_source', 'after_failures', 'own_user_agent']]]);
    expect(await takeoverOf([...habit, evening('203.0.113.77', android)])).toEqual([['high', ['new_source', 'after_failures']]]);
  });

  it("is not counted among its campaign's takeovers", async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, [...plantedScenario(), ...habit, evening('203.0.113.77')]);
      const { findings } = await engine.service.classifySignins({});
      const takeovers = findings.filter((f) => f.kind === 'account_takeover');
      const owner = takeovers.find((f) => f.users.includes(emp(170)));
      const campaign = findings.find((f) => f.id === (owner?.evidence as unknown as TakeoverEvidence | undefined)?.campaignId);
      expect(owner?.severity).toBe('low');
      const counted = takeovers.filter((f) => f.severity !== 'low' && (f.evidence as unknown as TakeoverEvidence).campaignId === campaign?.id).length;
      expect(campaign?.evidence.takeovers).toBe(counted);
    });
  });

  it('with intel: the phone on another /24 of the ASN it used before is low; on a network new to the account it is high', async () => {
    const intel = (asn: string): Array<[string, string]> => [
      ['203.0.113.10', 'AS64510'],
      ['203.0.113.11', 'AS64510'],
      ['198.51.100.77', asn],
    ];
    expect(await takeoverOf([...habit, evening('198.51.100.77')], intel('AS64510'))).toEqual([
      ['low', ['new_source', 'after_failures', 'own_user_agent', 'own_network']],
    ]);
    expect(await takeoverOf([...habit, evening('198.51.100.77')], intel('AS64511'))).toEqual([
      ['high', ['new_source', 'new_asn', 'after_failures', 'own_user_agent']],
    ]);
  });
});

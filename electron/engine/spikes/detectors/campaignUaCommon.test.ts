import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { insertIntel } from '../../testing/planted/insertIntel';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
/** The planted distributed stuffing's browser string (sent by 16 of its tries from 16 sources), from day 5, 01:00. */
const fleetUa = 'Mozilla/5.0 (Windows NT 10.0) stuffer';
const campaignStart = scenarioStart + 5 * day + hour;
const tried = emp(21);
const ok = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: fleetUa });

/**
 * `tried`'s takeover findings as [severity, reason codes]: the campaign tried it once; three hours after the campaign's
 * first try its owner signs in with the fleet's browser string, the account's own (it signed in with it on day 1), from a
 * new address on the ISP it and a dozen colleagues sign in from. `others` accounts the campaign also tried sign in with
 * that string on day 1 from home, and each once in the campaign's hours from a new address (so the query reads them).
 */
async function triedTakeover(others: number): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    const own = ok(campaignStart + 3 * hour, tried, '198.51.100.90');
    const rows = [ok(scenarioStart + day + 9 * hour, tried, homeIp(21)), own];
    for (let k = 0; k < others; k++) {
      rows.push(ok(scenarioStart + day + 10 * hour + k * minute, emp(30 + k), homeIp(30 + k)));
      rows.push({ ...ok(campaignStart + 4 * hour + k * minute, emp(30 + k), `203.0.113.${k + 1}`), userAgent: 'Mozilla/5.0' });
    }
    await insertSignins(engine, [...plantedScenario(), ...rows]);
    await insertIntel(engine, [
      ...Array.from({ length: 13 }, (_, i): [string, string] => [homeIp(i === 12 ? 21 : i), 'AS64500']),
      ['198.51.100.90', 'AS64500'],
    ]);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, tried);
  });
}

/**
 * Attack tools send the most common browser string on purpose, and many of a tenant's own people send it too: a campaign
 * user agent that ten accounts sign in with outside the campaign's window ties nothing (`tenant_user_agent`), so a tried
 * account's success is judged by the tries alone and its owner's own sign-in is low (docs/design.md §1, "The campaign's
 * browser string is the customers' too"). Nine such accounts are not enough: the string stays a tie.
 */
describe("a tried account's own sign-in with the campaign's browser string", () => {
  it('is the owner signing in, low, when ten other accounts sign in with that string outside the campaign', async () => {
    expect(await triedTakeover(10)).toEqual([
      ['low', ['new_source', 'campaign_user_agent', 'after_failures', 'own_user_agent', 'tenant_user_agent', 'tenant_network', 'own_network']],
    ]);
  });
  it('stays tied by the string, medium, when nine do', async () => {
    expect(await triedTakeover(9)).toEqual([['medium', ['new_source', 'campaign_user_agent', 'after_failures', 'own_user_agent']]]);
  });
});

import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const victim = emp(130);

/** A success of `user` from `ip` at `ts`, with a browser no source of the planted campaign sent (by default the win's). */
const ok = (ts: number, user: string, ip: string, userAgent = 'Mozilla/5.0 (Macintosh) test'): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent });

/** Forty minutes into the planted distributed stuffing (day 5, 01:00, sources 100.64.0.1–60), the victim's first sign-in from a fresh address of their /24. */
const win = ok(scenarioStart + 5 * day + hour + 40 * minute, victim, '100.64.0.200');

/** The victim's takeover findings as [severity, reason codes], with `more` sign-ins in the case. */
async function takeoversOf(more: SigninFixture[]): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), win, ...more]);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, victim);
  });
}

/**
 * Residential proxies exit from the customers' own lines, so the /24 two of a campaign's proxies share is, at a retailer
 * with many customers on the big ISPs, also where a customer's new lease or phone address lands: a block another account
 * signs in from outside the campaign's hours is theirs as much as the attacker's, and a new address in it is no tie
 * (docs/design.md §1, "The campaign's address block is the customers' too"). The account's own sign-ins there, and
 * another account's only within the campaign's hours (the attacker's other wins from the block), do not weaken it.
 */
describe("a win from an address block the campaign's sources share", () => {
  it('is a high takeover when no other account signs in from the block', async () => {
    expect(await takeoversOf([])).toEqual([['high', ['new_source', 'campaign_network']]]);
  });
  it('is a medium takeover when another account signs in from the block outside the campaign', async () => {
    expect(await takeoversOf([ok(scenarioStart + 2 * day + 9 * hour, emp(10), '100.64.0.150')])).toEqual([['medium', ['new_source', 'campaign_network', 'tenant_block']]]);
  });
  it("stays high when only the account itself, or another account within the campaign's hours, signs in from it", async () => {
    expect(await takeoversOf([ok(scenarioStart + 2 * day + 9 * hour, victim, '100.64.0.150', 'Mozilla/5.0 (iPhone) test')])).toEqual([['high', ['new_source', 'campaign_network']]]);
    expect(await takeoversOf([ok(win.ts + 10 * minute, emp(10), '100.64.0.150')])).toEqual([['high', ['new_source', 'campaign_network']]]);
  });
});

import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, planted, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { insertIntel } from '../../testing/planted/insertIntel';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const victim = emp(130);
const proxy = '198.51.100.77';

/** Forty minutes into the planted distributed stuffing (day 5, 01:00), the victim's first sign-in from `proxy`, with a browser no source of the campaign sent. */
const win: SigninFixture = {
  ts: scenarioStart + 5 * day + hour + 40 * minute,
  user: victim,
  ip: proxy,
  success: true,
  resultCode: '0',
  userAgent: 'Mozilla/5.0 (Macintosh) test',
};

/**
 * `user`'s takeover findings as [severity, reason codes], with the campaign's 60 sources on AS64500, `proxy` on
 * `asn`, and `more` (extra sign-ins and the intel of their addresses) in the case.
 */
async function takeoversOf(
  asn: string,
  more: { rows: SigninFixture[]; intel: Array<[string, string]> } = { rows: [], intel: [] },
  user = victim,
): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), win, ...more.rows]);
    const intel: Array<[string, string]> = [...planted.distributedIps.map((ip): [string, string] => [ip, 'AS64500']), [proxy, asn], ...more.intel];
    await insertIntel(engine, intel);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, user);
  });
}

/**
 * A stuffing through residential proxies tries each account from its own address, and a first try that wins never
 * failed: neither the account nor the address is a campaign member, and the address is in no IPv4 /24 two sources
 * share. The blind test's one-UA stuffing won three accounts that way, from addresses of ASNs its other proxies used.
 * A success within the campaign's window from an ASN two of its sources share (and not the tenant's own ISP,
 * `home_asn`), from an address new to the account, is a candidate (docs/design.md §1, "A win from the campaign's ASN").
 */
describe("a first try that wins from an ASN the campaign's proxies share", () => {
  it('is a high takeover tied by the campaign ASN; from another ASN it is none', async () => {
    expect(await takeoversOf('AS64500')).toEqual([['high', ['new_source', 'campaign_asn']]]);
    expect(await takeoversOf('AS64511')).toEqual([]);
  });
});

/**
 * Residential proxies exit through the consumer ISPs the tenant's own customers sign in from, small ones included: an
 * ASN another account signs in from outside the campaign's hours is theirs as much as the attacker's, and a customer's
 * first sign-in from a new address on it is as likely as a proxy's win (docs/design.md §1, "A win from the campaign's
 * ASN"). The tie is then a step weaker: a medium takeover, still listed. The account's own earlier sign-ins there, and
 * another account's only within the campaign's hours (the attacker's other wins), do not weaken it.
 */
describe("a win from the campaign's ASN that other accounts use", () => {
  const other = emp(10);
  const otherHome = homeIp(10);
  it('is a medium takeover when another account signs in from that ASN outside the campaign', async () => {
    expect(await takeoversOf('AS64500', { rows: [], intel: [[otherHome, 'AS64500']] })).toEqual([['medium', ['new_source', 'campaign_asn', 'tenant_asn']]]);
  });
  it("stays high when only the account itself, or another account within the campaign's hours, signs in from it", async () => {
    expect(await takeoversOf('AS64500', { rows: [], intel: [[homeIp(130), 'AS64500']] })).toEqual([['high', ['new_source', 'campaign_asn']]]);
    const inHours: SigninFixture = { ...win, ts: win.ts + 10 * minute, user: other, ip: '198.51.100.78' };
    expect(await takeoversOf('AS64500', { rows: [inHours], intel: [['198.51.100.78', 'AS64500']] })).toEqual([['high', ['new_source', 'campaign_asn']]]);
  });
});

/**
 * The campaign's ASN kept a tried account's success from being judged by the tries alone, so the owner's own device on
 * the ISP the account and a dozen colleagues sign in from, after one try, stayed a medium takeover (the tenant's own
 * network and owner rules never applied). On an ASN other accounts use it is no tie: the owner's own sign-in is low.
 */
describe("a tried account's own sign-in on the campaign's ASN that other accounts use", () => {
  it('is judged by the tries alone: the owner signing in, low', async () => {
    const tried = emp(21);
    const home = (i: number): [string, string] => [homeIp(i), 'AS64500'];
    const own: SigninFixture = { ts: win.ts + 3 * hour, user: tried, ip: '198.51.100.90', success: true, resultCode: '0', userAgent: 'Mozilla/5.0' };
    const intel = [...Array.from({ length: 12 }, (_, i) => home(i)), home(21), ['198.51.100.90', 'AS64500'] as [string, string]];
    expect(await takeoversOf('AS64500', { rows: [own], intel }, tried)).toEqual([
      ['low', ['new_source', 'campaign_asn', 'after_failures', 'own_user_agent', 'tenant_asn', 'tenant_network', 'own_network']],
    ]);
  });
});

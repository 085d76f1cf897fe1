import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { insertIntel } from '../../testing/planted/insertIntel';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const hour = 3_600_000;
const day = 86_400_000;
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ok = (ts: number, user: string, ip: string, ua = phone): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });

/** Twelve colleagues' phones on one mobile carrier's IPv6 /32, each on a /64 of its own, on two days. */
const carrierPhones = Array.from({ length: 12 }, (_, k) =>
  [1, 3].map((d) => ok(scenarioStart + d * day + 12 * hour + k * 60_000, emp(120 + k), `2001:db8:c0:${k + 1}:1:2:3:${d}`)),
).flat();

/** The planted spray tried emp(170) once on day 2 at 10:00; its owner's phone, never seen before, signs in that evening from `ip`. */
const evening = (ip: string) => ok(scenarioStart + 2 * day + 19 * hour, emp(170), ip);

/** emp(170)'s takeover findings as [severity, reason codes], with `intel` rows (ip, asn, country) as the case's IP intel when given. */
async function takeoverOf(extra: SigninFixture[], intel?: Array<[string, string, string]>): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    if (intel) await insertIntel(engine, intel);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, emp(170));
  });
}

/**
 * A success tied to a mass campaign only by its tries on the account, from a network many of the tenant's accounts sign
 * in from (their carrier or ISP: an IPv4 /24 or IPv6 /32 without intel, the ASN with it), is one step less sure
 * (docs/design.md §1, "tenant network"): the blind test's owners' phones on their carrier's next address the day after
 * one try were high takeovers. The same success from a network nobody else uses stays high (critical with intel).
 */
describe("a takeover tied only by a mass campaign's tries, from the tenant's own carrier or ISP", () => {
  it("the owner's phone on a new /64 of the carrier /32 twelve colleagues use is medium; from an address of no such network it is high", async () => {
    expect(await takeoverOf([...carrierPhones, evening('2001:db8:c0:ff:9:8:7:6')])).toEqual([['medium', ['new_source', 'after_failures', 'tenant_network']]]);
    expect(await takeoverOf([...carrierPhones, evening('203.0.113.77')])).toEqual([['high', ['new_source', 'after_failures']]]);
  });

  it("with IP intel, a new address of the ASN the tenant's homes are on is medium; one of a network new to the tenant is critical", async () => {
    const homes = Array.from({ length: 200 }, (_, i): [string, string, string] => [`198.18.0.${i}`, 'AS64500', 'DE']);
    const intel = (ip: string, asn: string): Array<[string, string, string]> => [
      ...homes,
      ['192.0.2.10', 'AS64501', 'DE'],
      ['45.0.0.1', 'AS64511', 'NL'],
      [ip, asn, 'DE'],
    ];
    expect(await takeoverOf([evening('198.19.5.7')], intel('198.19.5.7', 'AS64500'))).toEqual([['medium', ['new_source', 'after_failures', 'tenant_network']]]);
    expect(await takeoverOf([evening('198.19.5.7')], intel('198.19.5.7', 'AS64499'))).toEqual([['critical', ['new_source', 'new_asn', 'after_failures']]]);
  });
});

import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { oneAddressSpray, sprayUserAgent } from '../../testing/planted/oneAddressSpray';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const source = '203.0.113.70';
const victim = emp(70);

/** A spray from one fresh address on day 3 from 22:30: one wrong password on each of 30 accounts (the victim among them), two minutes apart. */
const spray = oneAddressSpray(source, scenarioStart + 3 * day + 22 * hour + 30 * minute, 2);

/** A success of the victim from `ip` at `at` ms after the start of day 3. */
const okAt = (at: number, ip: string, userAgent: string): SigninFixture => ({
  ts: scenarioStart + 3 * day + at,
  user: victim,
  ip,
  success: true,
  resultCode: '0',
  userAgent,
});

/** The victim's takeover findings as [severity, start]. */
async function takeoversOf(extra: SigninFixture[]): Promise<Array<[string, string]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...spray, ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return findings.filter((f) => f.kind === 'account_takeover' && f.users.includes(victim)).map((f): [string, string] => [f.severity, f.start]);
  });
}

/**
 * An address the account signs in from on two days is its own (docs/design.md §1): the owner came back to it on another
 * day, which one session crossing midnight UTC is not, so two calendar days count only with the first and last success
 * at least `ownAddressMinHours` apart: a night, not a sitting.
 */
describe('an address used on two days', () => {
  it("an attacker's 30-minute session from 23:50 to 00:20 UTC after the spray is a takeover", async () => {
    const session = [0, 15, 30].map((m) => okAt(23 * hour + (50 + m) * minute, source, sprayUserAgent));
    expect(await takeoversOf(session)).toEqual([['critical', '2024-03-04T23:50:00Z']]);
  });

  it("the owner's new address, used at 23:40 after the spray and again the next morning at 07:10, is its own", async () => {
    const owner = [okAt(23 * hour + 40 * minute, '198.51.100.70', 'Mozilla/5.0'), okAt(31 * hour + 10 * minute, '198.51.100.70', 'Mozilla/5.0')];
    expect(await takeoversOf(owner)).toEqual([]);
  });
});

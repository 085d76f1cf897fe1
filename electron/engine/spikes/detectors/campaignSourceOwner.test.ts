import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
/** Forty minutes into the planted distributed stuffing (day 5, 01:00, sources 100.64.0.1–60, `okhttp/4.9` and a stuffer string). */
const during = scenarioStart + 5 * day + hour + 40 * minute;
/** A source of the stuffing: it failed on emp28 (and a customer), never on emp130. */
const source = '100.64.0.9';

/** The takeover findings of `user` as [severity, reason codes] after its success from the campaign source with `userAgent`, with `more` sign-ins in the case. */
async function takeoversOf(user: string, userAgent: string, more: SigninFixture[] = []): Promise<Array<[string, string[]]>> {
  const win: SigninFixture = { ts: during, user, ip: source, success: true, resultCode: '0', userAgent };
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), win, ...more]);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, user);
  });
}

/**
 * Residential proxies exit through homes and carrier NAT the customers share, so a customer can sign in from the very
 * address a proxy failed from: with the account's own device string (every planted employee signs in with
 * `Mozilla/5.0` day after day), one the campaign never sent, for an account it never tried from there, it is the owner
 * at a shared exit, a step lower; a stuffing win carries the tool's string (docs/detection-scenarios.md rule 15).
 */
describe('a success from a campaign source', () => {
  it("is a high takeover, not critical, with the account's own device string the campaign never sent", async () => {
    expect(await takeoversOf(emp(130), 'Mozilla/5.0')).toEqual([['high', ['new_source', 'campaign_source', 'own_device_at_source']]]);
  });
  it('stays critical with a string the campaign sent, even one the account signed in with before', async () => {
    const before = [2, 3, 4].map((d): SigninFixture => ({ ts: scenarioStart + d * day + 9 * hour, user: emp(130), ip: homeIp(130), success: true, resultCode: '0', userAgent: 'okhttp/4.9' }));
    expect(await takeoversOf(emp(130), 'okhttp/4.9')).toEqual([['critical', ['new_source', 'campaign_source', 'campaign_user_agent']]]);
    expect(await takeoversOf(emp(130), 'okhttp/4.9', before)).toEqual([['critical', ['new_source', 'campaign_source', 'campaign_user_agent']]]);
  });
  it('stays critical after the campaign tried the account from that address', async () => {
    expect(await takeoversOf(emp(28), 'Mozilla/5.0')).toEqual([['critical', ['new_source', 'campaign_source', 'after_failures']]]);
  });
});

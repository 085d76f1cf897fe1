import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const phone = 'iOS/18.0.1 (22A3370) dataaccessd/1.0';
const ok = (ts: number, user: string, ip: string, ua = 'Mozilla/5.0'): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });
const fail = (ts: number, user: string, ip: string, ua = 'Mozilla/5.0'): SigninFixture => ({ ts, user, ip, success: false, failureReason: 'bad_password', resultCode: '50126', userAgent: ua });

/** Findings of the planted tenant plus `extra` that name `user`, as [kind, severity]. */
async function findingsOf(extra: SigninFixture[], user: string): Promise<string[][]> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return findings.filter((f) => f.users.includes(user)).map((f) => [f.kind, f.severity]);
  });
}

/** Ten wrong passwords in four minutes, two lockouts, and the sign-in that works forty minutes later (after a help-desk reset), all from `ip`. */
function lockout(user: string, ip: string, at: number): SigninFixture[] {
  const rows = Array.from({ length: 10 }, (_, k) => fail(at + k * 25_000, user, ip));
  rows.push({ ...fail(at + 5 * minute, user, ip), failureReason: 'locked', resultCode: '50053' }, ok(at + 45 * minute, user, ip));
  return rows;
}

/**
 * What the blind test (docs/detection-scenarios.md, "The blind test") found on traffic the house generator lacks: an
 * IPv6 home whose devices take a new address every day, a phone retrying an old password from each carrier address it
 * is given, a proxy's first try that won, and an owner's first sign-in from a new address after a week-long campaign
 * that began on the log's first days (docs/design.md §1).
 */
describe('sign-in detectors on the blind test\'s honest traffic', () => {
  it('a lockout from a new privacy address of the /64 the account signs in from every day is no brute force and no takeover; from another /64 it is both', async () => {
    const home = (d: number) => `2001:db8:10:20:${(d + 1).toString(16)}:5cf1:9a2e:${(0x1000 + d).toString(16)}`;
    const days = Array.from({ length: 4 }, (_, d) => ok(scenarioStart + d * day + 19 * hour, emp(120), home(d)));
    expect(await findingsOf([...days, ...lockout(emp(120), '2001:db8:10:20:77:1:2:3', scenarioStart + 4 * day + 10 * hour)], emp(120))).toEqual([]);
    const away = await findingsOf([...days, ...lockout(emp(120), '2001:db8:99:1:77:1:2:3', scenarioStart + 4 * day + 10 * hour)], emp(120));
    expect(away.map(([kind]) => kind).sort()).toEqual(['account_takeover', 'brute_force']);
  });

  it("the owner's sign-in from a new privacy address of its /64 the evening a spray tried the account is no takeover", async () => {
    const home = (d: number) => `2001:db8:175:1:${(d + 1).toString(16)}:42:9a2e:1`;
    const before = [0, 1].map((d) => ok(scenarioStart + d * day + 19 * hour, emp(175), home(d), 'Mail/3774'));
    const evening = ok(scenarioStart + 2 * day + 19 * hour, emp(175), home(2), 'Mail/3774');
    expect((await findingsOf([...before, evening], emp(175))).filter(([kind]) => kind === 'account_takeover')).toEqual([]);
  });

  it("a phone retrying its old password from each carrier address during a proxy campaign is not in the campaign, and its success once updated is no takeover", async () => {
    const habit = Array.from({ length: 4 }, (_, d) => ok(scenarioStart + d * day + 20 * hour, emp(120), homeIp(120), phone));
    const retries: SigninFixture[] = [];
    const start = scenarioStart + 4 * day + 20 * hour;
    for (let k = 0; k < 12; k++) retries.push(fail(start + k * 25 * minute, emp(120), `2001:db8:cc0${Math.floor(k / 4)}:1:a:b:c:${k}`, phone));
    retries.push(fail(scenarioStart + 5 * day + 80 * minute, emp(120), '2001:db8:cc09:1::5', phone), ok(scenarioStart + 5 * day + 125 * minute, emp(120), '2001:db8:cc09:1::5', phone));
    expect(await findingsOf([...habit, ...retries], emp(120))).toEqual([]);
  });

  it("a proxy's first try that won, from a fresh address of the /24 the campaign's sources share, is a high takeover; from another network it is none", async () => {
    const won = (ip: string) => ok(scenarioStart + 5 * day + hour + 20 * minute, emp(130), ip, 'okhttp/4.9');
    const near = await withTempCase(async (engine) => {
      await insertSignins(engine, [...plantedScenario(), won('100.64.0.200')]);
      const { findings } = await engine.service.classifySignins({});
      return takeoverCodes(findings, emp(130));
    });
    expect(near).toEqual([['high', ['new_source', 'campaign_network', 'campaign_user_agent']]]);
    expect(await findingsOf([won('100.65.7.200')], emp(130))).toEqual([]);
  });

  it("the owner's first sign-in from a new address the day a mass campaign tried the account is medium when the device is one it uses on other days", async () => {
    const later = [3, 4, 5].map((d) => ok(scenarioStart + d * day + 8 * hour, emp(170), homeIp(170), phone));
    const first = ok(scenarioStart + 2 * day + 18 * hour, emp(170), '198.51.100.77', phone);
    expect(await findingsOf([...later, first], emp(170))).toContainEqual(['account_takeover', 'medium']);
  });
});

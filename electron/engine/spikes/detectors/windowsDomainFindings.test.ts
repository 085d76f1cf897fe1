import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const ok = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0x0' });
const fail = (ts: number, user: string, ip: string): SigninFixture => ({ ts, user, ip, success: false, failureReason: 'bad_password', resultCode: '0x18' });

/** Findings of the planted tenant plus `extra` that name `user`, as [kind, severity]. */
async function findingsOf(extra: SigninFixture[], user: string): Promise<string[][]> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return findings.filter((f) => f.users.includes(user)).map((f) => [f.kind, f.severity]);
  });
}

/**
 * What the Windows domain blind test (docs/detection-scenarios.md, "The Windows domain blind test") found on traffic
 * the cloud generators lack: a slow spray from a server a service account signs in from every day, and a VPN pool
 * handing the address a brute force came from to another laptop, whose machine account (`NAME$`) then gets its TGT
 * there.
 */
describe('sign-in detectors on the Windows domain blind test\'s honest traffic', () => {
  it('a slow spray from an address a service account signs in from every day is a spray: an address is not its own base rate', async () => {
    const server = '198.51.100.80';
    const service = Array.from({ length: 5 }, (_, d) => ok(scenarioStart + d * day + 2 * hour, 'svc_app', server));
    const spray = Array.from({ length: 60 }, (_, k) => fail(scenarioStart + 3 * day + k * 30 * minute, emp(200 + k), server));
    expect(await findingsOf([...service, ...spray], emp(230))).toEqual([['password_spray', 'medium']]);
  });

  it("a machine account's success from a brute force's address is no takeover; a person's is", async () => {
    const pool = '198.51.100.77';
    const before = [0, 1, 2].map((d) => ok(scenarioStart + d * day + 8 * hour, 'LT-0042$', homeIp(42)));
    const guesses = Array.from({ length: 12 }, (_, k) => fail(scenarioStart + 3 * day + 10 * hour + k * 20_000, emp(150), pool));
    const machine = await findingsOf([...before, ...guesses, ok(scenarioStart + 3 * day + 14 * hour + 5 * minute, 'LT-0042$', pool)], 'LT-0042$');
    expect(machine).toEqual([]);
    const person = [0, 1, 2].map((d) => ok(scenarioStart + d * day + 8 * hour, emp(151), homeIp(151)));
    const other = await findingsOf([...person, ...guesses, ok(scenarioStart + 3 * day + 14 * hour + 5 * minute, emp(151), pool)], emp(151));
    expect(other).toContainEqual(['account_takeover', 'critical']);
  });
});

import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';
import { takeoverCodes } from '../../testing/planted/takeoverCodes';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const victim = emp(120);
const guesser = '203.0.113.50';
const hydra = 'hydra';
const fail = (ts: number, ip = guesser, failureReason = 'bad_password'): SigninFixture => ({ ts, user: victim, ip, success: false, failureReason, userAgent: hydra });
const ok = (ts: number, ip: string, user = victim, userAgent = 'Mozilla/5.0'): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent });

/** Day 4, 01:00: one internet address guesses emp(120)'s password 30 times, 20 seconds apart; nothing wins. */
const night = scenarioStart + 4 * day + hour;
const guesses = Array.from({ length: 30 }, (_, k) => fail(night + k * 20_000));
const lastTry = night + 29 * 20_000;
/** That morning at 08:00, emp(120) signs in from an address the log had not shown (a VPN pool's next address). */
const morning = ok(scenarioStart + 4 * day + 8 * hour, '198.51.100.20');

/** emp(120)'s takeover findings as [severity, reason codes] over the planted tenant plus `extra`. */
async function takeoverOf(extra: SigninFixture[]): Promise<Array<[string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return takeoverCodes(findings, victim);
  });
}

/**
 * A windowed brute force that never won (no source of it ever signed in, no guess accepted), then the account's success
 * from elsewhere after the guesser stopped, tied by the tries alone, is a step lower: the Windows domain blind test's 8
 * wrong highs, owners' first sign-ins the morning after the internet RDP brute force tried their names (docs/design.md §1,
 * "A brute force that never won"). What a takeover after a brute force looks like keeps its severity.
 */
describe('the owner after a brute force that never won', () => {
  it("that morning's sign-in from a new address is medium", async () => {
    expect(await takeoverOf([...guesses, morning])).toEqual([['medium', ['new_source', 'after_failures', 'brute_force_unwon']]]);
  });

  it('a win from another address minutes after the last try (a rotating guesser) stays high', async () => {
    expect(await takeoverOf([...guesses, ok(lastTry + 5 * minute, '198.51.100.20')])).toEqual([['high', ['new_source', 'after_failures']]]);
  });

  it("a win from the guesser's address with its tool stays critical", async () => {
    expect(await takeoverOf([...guesses, ok(lastTry + 20_000, guesser, victim, hydra)])).toEqual([['critical', ['new_source', 'campaign_source', 'after_failures']]]);
  });

  it('stays high when a guess was accepted, or when the guesser signed in anywhere', async () => {
    const accepted = [...guesses.slice(0, 29), fail(lastTry, guesser, 'mfa_required')];
    expect(await takeoverOf([...accepted, morning])).toEqual([['high', ['new_source', 'after_failures']]]);
    expect(await takeoverOf([...guesses, ok(night + 2 * day, guesser, emp(121), hydra), morning])).toEqual([['high', ['new_source', 'after_failures']]]);
  });

  it("stays high when the success comes within the guesser's own longest pause", async () => {
    const bursts = [0, 3, 6].flatMap((h) => Array.from({ length: 10 }, (_, k) => fail(night + h * hour + k * 20_000)));
    expect(await takeoverOf([...bursts, ok(night + 6 * hour + 9 * 20_000 + 2 * hour, '198.51.100.20')])).toEqual([['high', ['new_source', 'after_failures']]]);
  });
});

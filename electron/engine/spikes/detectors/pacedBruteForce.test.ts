import { describe, expect, it } from 'vitest';
import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const guesser = '203.0.113.45';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0';
const victim = emp(140);

/** One try every 8–15 minutes (a fixed cycle) for 26 hours from `ip` with `ua`: never more than eight in an hour, so never ten in the windowed rule's 60 minutes. */
function paced(ua: string, won: boolean): SigninFixture[] {
  const rows: SigninFixture[] = [];
  let ts = scenarioStart + day;
  for (let k = 0; ts < scenarioStart + 2 * day + 2 * hour; k++, ts += (8 + (k % 8)) * minute)
    rows.push({ ts, user: victim, ip: guesser, success: false, failureReason: 'bad_password', resultCode: '50126', userAgent: ua });
  if (won) rows.push({ ts, user: victim, ip: guesser, success: true, resultCode: '0', userAgent: ua });
  return rows;
}

/** The planted tenant plus `extra`, classified: the findings naming the victim. */
async function findingsOf(extra: SigninFixture[]): Promise<DetectedFinding[]> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return findings.filter((f) => f.users.includes(victim));
  });
}

/**
 * Paced brute force (docs/design.md §1): one address guessing one account under the windowed rule's rate for a day
 * and more, from an address and user agent the account never signed in with, is a medium brute force; the success
 * that ends it, from that address, a critical takeover tied to it. The account's own device retrying an old password
 * at the same pace is neither.
 */
describe('paced brute force', () => {
  it('a day of guesses every 8–15 minutes from one new address is one medium brute force, and no takeover', async () => {
    const found = await findingsOf(paced(firefox, false));
    expect(found.map((f) => [f.kind, f.severity, f.ips, f.evidence.paced])).toEqual([['brute_force', 'medium', [guesser], true]]);
  });

  it('the guess that wins is a critical takeover from the campaign source, and the brute force is critical', async () => {
    const found = await findingsOf(paced(firefox, true));
    expect(found.map((f) => [f.kind, f.severity]).sort()).toEqual([
      ['account_takeover', 'critical'],
      ['brute_force', 'critical'],
    ]);
    const takeover = found.find((f) => f.kind === 'account_takeover') as DetectedFinding;
    const evidence = takeover.evidence as unknown as TakeoverEvidence;
    expect([takeover.ips, evidence.reasons.map((r) => r.code), evidence.campaignId]).toEqual([
      [guesser],
      ['new_source', 'campaign_source', 'after_failures'],
      found.find((f) => f.kind === 'brute_force')?.id,
    ]);
    expect(evidence.reasons.find((r) => r.code === 'campaign_source')?.text).toBe(
      `${guesser} is a source of the brute force campaign (finding ${evidence.campaignId})`,
    );
  });

  it("the owner's next sign-in from a new address with the device it always uses, after a paced guesser that never won, is a medium takeover, not high", async () => {
    const owner: SigninFixture = {
      ts: scenarioStart + 2 * day + 6 * hour,
      user: victim,
      ip: '198.51.100.140',
      success: true,
      resultCode: '0',
      userAgent: 'Mozilla/5.0',
    };
    const found = await findingsOf([...paced(firefox, false), owner]);
    expect(found.map((f) => [f.kind, f.severity]).sort()).toEqual([
      ['account_takeover', 'medium'],
      ['brute_force', 'medium'],
    ]);
  });

  it('a forgotten device retrying an old password at home, before the log shows the account there, then the owner signing in from home with its usual device, is a medium brute force and no high takeover', async () => {
    const owner: SigninFixture = {
      ts: scenarioStart + 2 * day + 20 * hour,
      user: victim,
      ip: guesser,
      success: true,
      resultCode: '0',
      userAgent: 'Mozilla/5.0',
    };
    const found = await findingsOf([...paced(`${firefox} stale-client`, false), owner]);
    expect(found.map((f) => [f.kind, f.severity]).sort()).toEqual([
      ['account_takeover', 'medium'],
      ['brute_force', 'medium'],
    ]);
  });

  it("the account's own device retrying an old password at that pace from a new address, then signing in, is no finding", async () => {
    expect((await findingsOf(paced('Mozilla/5.0', true))).map((f) => [f.kind, f.severity])).toEqual([]);
  });
});

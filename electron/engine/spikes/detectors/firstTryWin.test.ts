import { describe, expect, it } from 'vitest';
import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { oneAddressSpray, sprayUserAgent } from '../../testing/planted/oneAddressSpray';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const source = '203.0.113.50';
const victim = emp(130);

/** A spray from one fresh address starting on day 3 at 22:06: one wrong password on each of 30 accounts, five minutes apart. */
const spray = oneAddressSpray(source, scenarioStart + 3 * day + 22 * hour + 6 * minute, 5);

/** The victim's sign-in from the spray's address `before` ms ahead of its first failure. */
const win = (before: number): SigninFixture => ({
  ts: scenarioStart + 3 * day + 22 * hour + 6 * minute - before,
  user: victim,
  ip: source,
  success: true,
  resultCode: '0',
  userAgent: sprayUserAgent,
});

/** The victim's takeover findings as [severity, start, reason codes]. */
async function takeoversOf(extra: SigninFixture[]): Promise<Array<[string, string, string[]]>> {
  return withTempCase(async (engine) => {
    await insertSignins(engine, [...plantedScenario(), ...spray, ...extra]);
    const { findings } = await engine.service.classifySignins({});
    return findings
      .filter((f) => f.kind === 'account_takeover' && f.users.includes(victim))
      .map((f): [string, string, string[]] => [f.severity, f.start, (f.evidence as unknown as TakeoverEvidence).reasons.map((x) => x.code)]);
  });
}

/**
 * A campaign source's first try can be the one that wins: the blind test's slow spray takes each day a fresh address
 * whose first sign-in is the winning one, and when that day is a campaign of its own the campaign's first failure comes
 * after the win (docs/design.md §1, "A campaign source's first try"). A success from a campaign source up to
 * `takeover.withinHours` before that source's first failure is a candidate, as one that long after the campaign is.
 */
describe("a success from a campaign source before the source's first failure", () => {
  it('minutes before the first failure is a critical takeover from the campaign source; two days before is none', async () => {
    expect(await takeoversOf([win(5 * minute)])).toEqual([
      ['critical', new Date(win(5 * minute).ts).toISOString().replace('.000Z', 'Z'), ['new_source', 'campaign_source']],
    ]);
    expect(await takeoversOf([win(2 * day)])).toEqual([]);
  });
});

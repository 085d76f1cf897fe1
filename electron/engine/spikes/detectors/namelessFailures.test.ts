import { describe, expect, it } from 'vitest';
import { insertSignins, type SigninFixture } from '../../testing/planted/insertSignins';
import { emp, homeIp, plantedScenario, scenarioStart } from '../../testing/planted/plantedScenario';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const day = 86_400_000;
const guesser = '203.0.113.7';
const victim = emp(125);
/** A failure whose log withheld the user name (CloudTrail's hidden name, an ASA's masked one): no user, no such user. */
const nameless = (ts: number, ip: string): SigninFixture => ({ ts, user: null, ip, success: false, failureReason: 'no_such_user', resultCode: '50034', userAgent: 'python-requests/2.31' });
const ok = (ts: number, user: string, ip: string, ua: string): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });

/**
 * Nameless failures (docs/design.md §1): the account-centric detectors cannot see them, so an address guessing names
 * the log withheld and then signing in must be caught by address, and its success be a takeover.
 */
describe('failures whose log withheld the user name', () => {
  it('an address with twenty nameless failures and a success right after is a stuffing source, and the success a critical takeover', async () => {
    await withTempCase(async (engine) => {
      const at = scenarioStart + 4 * day + 3 * 3_600_000;
      const rows = plantedScenario();
      for (let k = 0; k < 20; k++) rows.push(nameless(at + k * 30_000, guesser));
      rows.push(ok(at + 12 * minute, victim, guesser, 'python-requests/2.31'));
      await insertSignins(engine, rows);
      const { findings } = await engine.service.classifySignins({});
      const byAddress = findings.filter((f) => f.kind !== 'account_takeover' && f.ips.includes(guesser));
      expect(byAddress.map((f) => [f.kind, f.evidence.distributed])).toEqual([['credential_stuffing', false]]);
      const takeover = findings.filter((f) => f.kind === 'account_takeover' && f.users.includes(victim));
      expect(takeover.map((f) => [f.severity, f.ips, f.evidence.fromAttackSource])).toEqual([['critical', [guesser], true]]);
    });
  });

  it('a person who mistypes the name twice and then signs in from home is no finding', async () => {
    await withTempCase(async (engine) => {
      const at = scenarioStart + 4 * day + 19 * 3_600_000;
      const rows = plantedScenario();
      rows.push(nameless(at, homeIp(130)), nameless(at + minute, homeIp(130)), ok(at + 2 * minute, emp(130), homeIp(130), 'Mozilla/5.0'));
      await insertSignins(engine, rows);
      const { findings } = await engine.service.classifySignins({});
      expect(findings.filter((f) => f.ips.includes(homeIp(130)) || f.users.includes(emp(130)))).toEqual([]);
    });
  });
});

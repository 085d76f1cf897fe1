import { describe, expect, it } from 'vitest';
import { accountUnlocked, passwordChanged } from '../../testing/blindWindows/accountManagement';
import { dcFor, lockout, preauthFailed, tgt } from '../../testing/blindWindows/domainAuth';
import { WinLog } from '../../testing/blindWindows/WinLog';
import { writeWindowsXml } from '../../testing/blindWindows/writeWindowsXml';
import { withTempCase } from '../../testing/withTempCase';

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const start = Date.UTC(2027, 1, 1);

/** Ten wrong passwords in bursts of three, eight minutes apart, from `ip` (a laptop waking with the old password). */
function bursts(log: WinLog, t: number, user: string, ip: string): void {
  for (let k = 0; k < 10; k++) preauthFailed(log, t + Math.floor(k / 3) * 8 * minute + (k % 3) * 2000, dcFor(user), user, ip);
}

/**
 * A small domain as its DCs log it: four people signing in from their desks for three days; on day 3 anna.keller
 * changes her password at 09:00 and her laptop tries the old one from a VPN address until the account locks, the help
 * desk unlocks it and she signs in there; carl.braun's laptop does the same with no change logged; dora.wolf changes
 * hers, but the address that then fails on her also fails on erik.lang before she "signs in" from it; fay.roth, whom an
 * internet address guessed twelve times on day 1, changes hers on day 3 and her laptop does as anna's. On day 4
 * ben.koch's laptop is handed anna's VPN address, gil.stein's fay's.
 */
function domainLog(): WinLog {
  const log = new WinLog();
  const people = ['anna.keller', 'carl.braun', 'dora.wolf', 'erik.lang', 'ben.koch', 'fay.roth', 'gil.stein'];
  people.forEach((u, k) => {
    for (let d = 0; d < 3; d++) tgt(log, start + d * day + 8 * hour + k * minute, dcFor(u), u, `10.20.1.${k + 2}`);
  });
  const t = start + 3 * day;
  passwordChanged(log, t + 9 * hour, dcFor('anna.keller'), 'anna.keller', '0x1a2b3c');
  bursts(log, t + 13 * hour, 'anna.keller', '10.30.1.7');
  lockout(log, t + 13 * hour + 25 * minute, 'anna.keller', 'LT-0007');
  accountUnlocked(log, t + 15 * hour, 'anna.keller', '0x777777');
  tgt(log, t + 15 * hour + 10 * minute, dcFor('anna.keller'), 'anna.keller', '10.30.1.7');

  bursts(log, t + 13 * hour, 'carl.braun', '10.30.1.8');
  tgt(log, t + 15 * hour + 10 * minute, dcFor('carl.braun'), 'carl.braun', '10.30.1.8');

  passwordChanged(log, t + 9 * hour, dcFor('dora.wolf'), 'dora.wolf', '0x4d5e6f');
  bursts(log, t + 13 * hour, 'dora.wolf', '10.30.1.9');
  bursts(log, t + 13 * hour + minute, 'erik.lang', '10.30.1.9');
  tgt(log, t + 15 * hour + 10 * minute, dcFor('dora.wolf'), 'dora.wolf', '10.30.1.9');

  tgt(log, start + 4 * day + 8 * hour, dcFor('ben.koch'), 'ben.koch', '10.30.1.7');

  for (let k = 0; k < 12; k++) preauthFailed(log, start + day + 22 * hour + k * 30_000, dcFor('fay.roth'), 'fay.roth', '203.0.113.50');
  passwordChanged(log, t + 10 * hour, dcFor('fay.roth'), 'fay.roth', '0x5a5a5a');
  bursts(log, t + 14 * hour, 'fay.roth', '10.30.1.10');
  tgt(log, t + 16 * hour, dcFor('fay.roth'), 'fay.roth', '10.30.1.10');
  tgt(log, start + 4 * day + 8 * hour, dcFor('gil.stein'), 'gil.stein', '10.30.1.10');
  log.events.sort((a, b) => a.ts - b.ts);
  return log;
}

describe('a brute force right after the account\'s own password change (docs/detection-scenarios.md, rule 18)', () => {
  it('is the owner\'s device: medium, naming the change, set apart from another attack on the account; its sign-in is no takeover and its address no campaign source for the next person; without the change, or with other accounts tried, it stays critical', async () => {
    const found = await withTempCase(async (engine, { work }) => {
      for (const file of writeWindowsXml(domainLog().events, work, 'collector')) await engine.service.addSource({ path: file, kind: 'signin' });
      const { findings } = await engine.service.classifySignins({});
      return findings;
    });
    const of = (user: string) => found.filter((f) => f.users.includes(user)).map((f) => [f.kind, f.severity]).sort();
    expect(of('anna.keller')).toEqual([['brute_force', 'medium']]);
    const anna = found.find((f) => f.kind === 'brute_force' && f.users.includes('anna.keller'));
    expect(anna?.summary).toContain('It began after anna.keller changed its password at 2027-02-04T09:00:00Z (account event), and the account signed in from the same address at 2027-02-04T15:10:00Z; the account was locked out at 2027-02-04T13:25:00Z (caller LT-0007)');
    expect(anna?.evidence.staleDevice).toEqual({ changeKind: 'password_change', changeAt: '2027-02-04T09:00:00Z', changedBy: 'anna.keller', ownerAt: '2027-02-04T15:10:00Z', lockoutAt: '2027-02-04T13:25:00Z' });
    expect(of('ben.koch')).toEqual([]);
    expect(of('carl.braun')).toEqual([['account_takeover', 'critical'], ['brute_force', 'critical']]);
    expect(of('dora.wolf')).toContainEqual(['account_takeover', 'critical']);
    const fay = found.filter((f) => f.users.includes('fay.roth'));
    expect(fay.map((f) => [f.kind, f.severity, f.ips])).toEqual([
      ['brute_force', 'medium', ['203.0.113.50']],
      ['brute_force', 'medium', ['10.30.1.10']],
    ]);
    expect(fay[1]?.summary).toContain('It began after fay.roth changed its password at 2027-02-04T10:00:00Z');
    expect(of('gil.stein')).toEqual([]);
  });
});

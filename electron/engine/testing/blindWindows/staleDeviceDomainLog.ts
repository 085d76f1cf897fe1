import { accountUnlocked, passwordChanged } from './accountManagement';
import { dcFor, lockout, preauthFailed, tgt } from './domainAuth';
import { WinLog } from './WinLog';

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
export function staleDeviceDomainLog(): WinLog {
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

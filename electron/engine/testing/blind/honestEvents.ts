import type { Rng } from '../scenarios/Rng';
import { inSlash16 } from './blindAddresses';
import { parisTime, weekend } from './blindClock';
import { blindCodes, type BlindLog } from './BlindLog';
import type { BlindPerson } from './blindPerson';
import type { BlindMembers, BlindTruth } from './BlindTruth';
import { honestSignIn } from './honestSignIn';

/** The campus NAT every new student signs in through on the first day of term. */
export const campusNat = ['193.54.80.10', '193.54.80.11'] as const;
/** The cloud address an uptime monitor probes the test account from. */
export const monitorAddress = '20.74.12.5';
/** The hosting address a mail-migration tool signs into mailboxes from. */
export const migrationAddress = '3.121.44.17';
/** The monitor's test account. */
export const monitorAccount = 'monitor.synthetic@tenant.example.com';

const note = (m: BlindMembers, user: string, ip: string) => {
  m.accounts.add(user);
  m.sources.add(ip);
};

/**
 * Term start: `students.length` accounts created for the term sign in for the first time in a lecture-hall rush
 * through the campus NAT: some before their account is provisioned (no such user), many mistyping the initial
 * password, a few giving up until the next day from home; then they sign in on weekdays from campus or home.
 */
export function termStart(log: BlindLog, r: Rng, truth: BlindTruth, students: string[], firstDay: number, days: number): void {
  const m = truth.honest.term_start;
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36';
  for (const s of students) {
    const home = inSlash16(r, r.pick(['88.160', '90.12', '2.14']));
    const device = r.chance(0.5) ? ua : 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
    const nat = r.pick(campusNat);
    let t = parisTime(firstDay, 8, 30, r.int(0, 3 * 3600));
    note(m, s, nat);
    if (r.chance(0.2)) {
      for (let k = r.int(1, 2); k > 0; k--, t += r.int(30, 300) * 1000) log.add(t, s, nat, blindCodes.noSuchUser, device, 'FR');
      t += r.int(10, 40) * 60_000;
    }
    if (r.chance(0.6)) for (let k = r.int(1, 3); k > 0; k--, t += r.int(15, 90) * 1000) log.add(t, s, nat, blindCodes.badPassword, device, 'FR');
    if (r.chance(0.92)) log.add(t, s, nat, blindCodes.ok, device, 'FR');
    else if (firstDay + 1 < days) {
      note(m, s, home);
      log.add(parisTime(firstDay + 1, 19, 0, r.int(0, 7200)), s, home, blindCodes.ok, device, 'FR');
    }
    for (let day = firstDay + 1; day < days; day++) {
      if (weekend(day) || r.chance(0.3)) continue;
      const ip = r.chance(0.6) ? r.pick(campusNat) : home;
      note(m, s, ip);
      honestSignIn(log, r, s, parisTime(day, 8, 0, r.int(0, 10 * 3600)), ip, device, 'FR', { typoRate: 0.05, mfa: false });
    }
  }
}

/** Lockouts: a person hammers an old password from their usual address until locked, then signs in after the help desk resets it. */
export function helpdeskResets(log: BlindLog, r: Rng, truth: BlindTruth, people: BlindPerson[], ipOf: (p: BlindPerson, day: number) => string, days: number): void {
  for (const p of people) {
    const day = r.int(0, days - 1);
    const ip = ipOf(p, day);
    let t = parisTime(day, 9, 0, r.int(0, 8 * 3600));
    note(truth.honest.helpdesk_reset, p.user, ip);
    for (let k = r.int(5, 9); k > 0; k--, t += r.int(10, 40) * 1000) log.add(t, p.user, ip, blindCodes.badPassword, p.desktop, 'FR');
    for (let k = r.int(1, 3); k > 0; k--, t += r.int(20, 60) * 1000) log.add(t, p.user, ip, blindCodes.locked, p.desktop, 'FR');
    log.add(t + r.int(20, 120) * 60_000, p.user, ip, blindCodes.ok, p.desktop, 'FR');
  }
}

/** An uptime monitor signs the test account in every minute from a cloud address; one day its password was rotated and every probe failed until the next morning. */
export function uptimeMonitor(log: BlindLog, truth: BlindTruth, days: number, failingDay: number): void {
  note(truth.honest.uptime_monitor, monitorAccount, monitorAddress);
  const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/129.0.0.0 Safari/537.36';
  const broken = [parisTime(failingDay, 0, 17), parisTime(failingDay + 1, 9, 40)];
  for (let t = parisTime(0, 0, 0, 7); t < parisTime(days, 0); t += 60_000) {
    log.add(t, monitorAccount, monitorAddress, t >= (broken[0] as number) && t < (broken[1] as number) ? blindCodes.badPassword : blindCodes.ok, ua, 'FR');
  }
}

/** A mail-migration tool signs into many mailboxes from one hosting address with the credentials it stored; some are stale and fail, retried once an hour later. */
export function mailMigration(log: BlindLog, r: Rng, truth: BlindTruth, mailboxes: string[], day: number): void {
  const ua = 'ExchangeServicesClient/15.20.7452.028';
  let t = parisTime(day, 20, 0);
  const stale: string[] = [];
  for (const u of mailboxes) {
    note(truth.migration, u, migrationAddress);
    t += r.int(5, 40) * 1000;
    if (r.chance(0.12)) {
      stale.push(u);
      log.add(t, u, migrationAddress, blindCodes.badPassword, ua, 'DE');
    } else log.add(t, u, migrationAddress, blindCodes.ok, ua, 'DE');
  }
  t += 3_600_000;
  for (const u of stale) log.add((t += r.int(5, 20) * 1000), u, migrationAddress, blindCodes.badPassword, ua, 'DE');
}

import type { Rng } from './Rng';
import type { ScenarioParams } from './ScenarioParams';
import type { ScenarioWriter } from './ScenarioWriter';
import type { ScenarioTruth } from './ScenarioTruth';
import { account, browserAgents, cgnatIp, corpNat, day, homeIp, hour, minute, mobileAgents, tenantStart, vpnEgress } from './tenant';

/** Where an account usually signs in from: the corporate NAT by day, its phone's carrier-grade NAT, or the VPN. */
export type Habit = 'office' | 'mobile' | 'vpn';

/** One honest account and its habits, for the benign phenomena that happen to it (benignPhenomena.ts). */
export interface Resident {
  i: number;
  user: string;
  habit: Habit;
  mfa: boolean;
  ua: string;
  home: string;
  nat: string;
}

/** A benign sign-in (every honest phenomenon signs in this way): mistyped passwords first at the typo rate, now and then a second-factor prompt, rarely a give-up. */
export function signIn(w: ScenarioWriter, r: Rng, p: ScenarioParams, ts: number, user: string, ip: string, ua: string, mfa: boolean): void {
  if (r.chance(p.typoRate)) {
    const typos = r.chance(0.15) ? 2 : 1;
    for (let k = typos; k >= 1; k--) w.fail(ts - k * r.int(10_000, 60_000), user, ip, ua, 'bad_password');
    if (r.chance(0.03)) return;
  }
  if (r.chance(0.0015)) w.fail(ts - r.int(5_000, 30_000), user.replace('@', 'x@'), ip, ua, 'no_such_user');
  if (mfa && r.chance(0.5)) w.fail(ts - r.int(5_000, 25_000), user, ip, ua, 'mfa_required');
  w.ok(ts, user, ip, ua);
}

/**
 * Honest traffic of the whole tenant: office workers (9 am burst through the corporate NAT, evenings at home), mobile
 * users behind carrier-grade NAT (each sign-in on any of the carrier's addresses), VPN users, travellers at a foreign
 * hotel for a few days, and flaky clients retrying a stale password from the account's usual address for days. With
 * the `dst` phenomenon, every habit moves one hour earlier in UTC from the middle day on (summer time). Returns the
 * accounts and their habits.
 */
export function benignTraffic(w: ScenarioWriter, r: Rng, p: ScenarioParams, truth: ScenarioTruth): Resident[] {
  const residents: Resident[] = [];
  const officeShare = Math.min(0.5, 1 - p.mobileShare);
  const dstDay = p.phenomena.includes('dst') ? Math.floor(p.days / 2) : p.days;
  corpNat.forEach((ip) => truth.shared.add(ip));
  vpnEgress.forEach((ip) => truth.shared.add(ip));
  for (let k = 0; k < p.cgnatAddresses; k++) truth.shared.add(cgnatIp(k));
  for (let i = 0; i < p.accounts; i++) {
    const user = account(i);
    const x = r.real();
    const habit: Habit = x < officeShare ? 'office' : x < officeShare + p.mobileShare ? 'mobile' : 'vpn';
    const mfa = r.chance(0.7);
    const ua = habit === 'mobile' ? r.pick(mobileAgents) : r.pick(browserAgents);
    const home = homeIp(i);
    const nat = corpNat[i % corpNat.length] as string;
    const traveller = r.chance(0.02) ? { from: r.int(4, p.days - 5), days: r.int(3, 5), ip: `${r.pick(['121', '24'])}.${r.int(1, 250)}.${r.int(0, 255)}.${r.int(1, 254)}` } : null;
    for (let d = 0; d < p.days; d++) {
      const base = tenantStart + d * day - (d >= dstDay ? hour : 0);
      const weekday = d % 7 < 5;
      if (traveller && d >= traveller.from && d < traveller.from + traveller.days) {
        for (let k = r.int(1, 2); k > 0; k--) signIn(w, r, p, base + r.int(6, 22) * hour + r.int(0, 59) * minute, user, traveller.ip, ua, mfa);
        continue;
      }
      if (habit === 'office') {
        if (weekday) {
          signIn(w, r, p, base + 9 * hour + Math.round((r.real() - 0.5) * 40 * minute), user, nat, ua, mfa);
          if (r.chance(0.5)) signIn(w, r, p, base + r.int(13, 17) * hour + r.int(0, 59) * minute, user, nat, ua, mfa);
        }
        if (r.chance(weekday ? 0.4 : 0.3)) signIn(w, r, p, base + r.int(19, 22) * hour + r.int(0, 59) * minute, user, home, ua, mfa);
      } else if (habit === 'mobile') {
        for (let k = r.int(1, 3); k > 0; k--) signIn(w, r, p, base + r.int(7, 22) * hour + r.int(0, 59) * minute, user, cgnatIp(r.int(0, p.cgnatAddresses - 1)), ua, mfa);
      } else {
        if (weekday) for (let k = r.int(1, 2); k > 0; k--) signIn(w, r, p, base + r.int(8, 17) * hour + r.int(0, 59) * minute, user, r.pick(vpnEgress), ua, mfa);
        if (r.chance(0.3)) signIn(w, r, p, base + r.int(19, 22) * hour + r.int(0, 59) * minute, user, home, ua, mfa);
      }
    }
    if (r.chance(0.01) && habit !== 'mobile') flakyClient(w, r, p, user, habit === 'office' ? nat : home, ua);
    residents.push({ i, user, habit, mfa, ua, home, nat });
  }
  if (dstDay < p.days) truth.phenomena.dst.accounts = new Set(residents.map((x) => x.user));
  return residents;
}

/** A client with a stale password retrying every few minutes, from the account's usual address, for days. */
function flakyClient(w: ScenarioWriter, r: Rng, p: ScenarioParams, user: string, ip: string, ua: string): void {
  const from = tenantStart + r.int(3, p.days - 6) * day;
  const every = r.int(4, 15) * minute;
  for (let ts = from; ts < from + r.int(3, 5) * day; ts += every + r.int(0, 60_000)) w.fail(ts, user, ip, `${ua} stale-client`, 'bad_password');
}

import type { Rng } from '../scenarios/Rng';
import { inSlash16, inSlash24, privacyAddress, slash64 } from './blindAddresses';
import { parisTime, weekend } from './blindClock';
import { blindCodes, type BlindLog } from './BlindLog';
import { carrierPool, carrierV6, type BlindPerson } from './blindPerson';
import type { BlindHonest, BlindTruth } from './BlindTruth';
import { honestSignIn } from './honestSignIn';

/** A trip abroad: the flight day on an airline's satellite Wi-Fi pool, then a foreign carrier while roaming. */
export interface Trip {
  first: number;
  last: number;
  carrier: string;
  country: string;
  hotel: string;
}

/** Who shares a home address (a family or flat-share) and who has a phone still holding an old password. */
export interface Habits {
  flats: Map<string, { ip: string; mates: string[] }>;
  trips: Map<string, Trip>;
  /** Day the person changed their password; their phone retries the old one until they update it. */
  stalePhones: Map<string, number>;
}

/** The period and the events every person's day depends on. */
export interface EverydayContext {
  log: BlindLog;
  r: Rng;
  truth: BlindTruth;
  days: number;
  /** Day the SSO migration went live: each person's first sign-in that day fails once with the new provider. */
  ssoDay: number;
  /** Day the office's internet line moved to a new provider (new egress address). */
  natSwitchDay: number;
}

/** The office site's egress before and after its line moved to another provider. */
export const officeEgress = ['212.83.150.10', '80.12.40.33'] as const;
/** The site the night shift works from (its own NAT). */
export const siteB = '193.51.24.8';
const satellite = ['64.52.120', '64.52.121'];

/** Writes every honest person's ordinary days: office, home, phone, night shift, trips, shared homes, stale phones. */
export function everydayTraffic(ctx: EverydayContext, people: BlindPerson[], habits: Habits): void {
  const { r, truth } = ctx;
  const daily = new Map<string, string>();
  const seenOnSso = new Set<string>();
  const use = (labels: BlindHonest[], user: string, ip: string) => {
    for (const l of ['everyday' as const, ...labels]) {
      truth.honest[l].accounts.add(user);
      truth.honest[l].sources.add(ip);
    }
  };
  const sign = (p: BlindPerson, day: number, ts: number, ip: string, ua: string, labels: BlindHonest[], country = 'FR', typoRate = 0.03): void => {
    let firstError: string | undefined;
    if (day === ctx.ssoDay && !seenOnSso.has(p.user)) {
      seenOnSso.add(p.user);
      firstError = r.chance(0.5) ? blindCodes.flowExpired : blindCodes.badPassword;
      labels = [...labels, 'sso_migration'];
    }
    use(labels, p.user, ip);
    honestSignIn(ctx.log, r, p.user, ts, ip, ua, country, { typoRate, mfa: p.mfa, ...(firstError ? { firstError } : {}) });
  };
  const home = (p: BlindPerson, day: number): { ip: string; labels: BlindHonest[] } => {
    const flat = habits.flats.get(p.user);
    if (flat) return { ip: flat.ip, labels: ['flatshare'] };
    if ('v4' in p.home) return { ip: p.home.v4, labels: [] };
    const key = `h:${p.user}:${day}`;
    if (!daily.has(key)) daily.set(key, privacyAddress(r, p.home.v6));
    return { ip: daily.get(key) as string, labels: ['ipv6_privacy'] };
  };
  const mobile = (p: BlindPerson, day: number): { ip: string; labels: BlindHonest[] } => {
    if (!p.mobileV6) return { ip: r.pick(carrierPool), labels: [] };
    const key = `m:${p.user}:${day}`;
    if (!daily.has(key)) daily.set(key, slash64(r, carrierV6));
    return { ip: privacyAddress(r, daily.get(key) as string), labels: ['ipv6_privacy'] };
  };
  const atHome = (p: BlindPerson, day: number, ts: number, ua: string) => {
    const h = home(p, day);
    const flat = habits.flats.get(p.user);
    if (flat && r.chance(0.04)) {
      const mate = r.pick(flat.mates.filter((m) => m !== p.user));
      ctx.log.add(ts - 40_000, mate, h.ip, blindCodes.badPassword, ua, 'FR');
      use(h.labels, mate, h.ip);
    }
    sign(p, day, ts, h.ip, ua, h.labels, 'FR', flat ? 0.08 : 0.03);
  };
  const onPhone = (p: BlindPerson, day: number, ts: number) => {
    const m = mobile(p, day);
    sign(p, day, ts, m.ip, p.phone, m.labels);
  };
  const office = (day: number) => officeEgress[day < ctx.natSwitchDay ? 0 : 1];
  for (const p of people) {
    const trip = habits.trips.get(p.user);
    const stale = habits.stalePhones.get(p.user);
    for (let day = 0; day < ctx.days; day++) {
      const h = (lo: number, hi: number) => parisTime(day, lo, 0, r.int(0, (hi - lo) * 3600 - 1));
      if (stale === day) stalePhone(ctx, p, h(9, 11), (ip) => use(['stale_phone'], p.user, ip));
      if (trip && day >= trip.first && day <= trip.last) {
        travelDay(ctx, p, trip, day, (ip, ua, country, ts) => sign(p, day, ts, ip, ua, ['travel'], country, 0.08));
        continue;
      }
      const off = weekend(day);
      if (p.role === 'office') {
        if (!off) sign(p, day, h(8, 10), office(day), p.desktop, ['office_nat_change']);
        if (!off && r.chance(0.4)) onPhone(p, day, h(12, 14));
        if (r.chance(off ? 0.25 : 0.5)) atHome(p, day, h(19, 23), r.chance(0.5) ? p.phone : p.desktop);
      } else if (p.role === 'remote') {
        if (!off) atHome(p, day, h(8, 10), p.desktop);
        if (!off && r.chance(0.5)) atHome(p, day, h(13, 15), p.desktop);
        if (r.chance(off ? 0.2 : 0.2)) onPhone(p, day, h(10, 20));
      } else if (p.role === 'field') {
        if (!off) for (let k = r.int(2, 4); k > 0; k--) onPhone(p, day, h(7, 19));
        if (r.chance(off ? 0.15 : 0.4)) atHome(p, day, h(19, 23), p.desktop);
      } else {
        if (!off) sign(p, day, h(21, 22), siteB, p.desktop, ['night_shift']);
        if (!off && day + 1 < ctx.days && r.chance(0.4)) sign(p, day, parisTime(day + 1, 2, 0, r.int(0, 7199)), siteB, p.desktop, ['night_shift']);
        if (r.chance(off ? 0.2 : 0.5)) atHome(p, day, h(14, 17), p.phone);
      }
    }
  }
}

/** A flight on satellite Wi-Fi (an address from the airline's pool at each connection), then roaming and the hotel. */
function travelDay(ctx: EverydayContext, p: BlindPerson, trip: Trip, day: number, sign: (ip: string, ua: string, country: string, ts: number) => void): void {
  const { r } = ctx;
  if (day === trip.first) {
    for (let k = r.int(2, 4); k > 0; k--) sign(inSlash24(r, r.pick(satellite)), r.chance(0.5) ? p.phone : p.desktop, 'US', parisTime(day, 8, 0, r.int(0, 8 * 3600)));
    return;
  }
  for (let k = r.int(1, 3); k > 0; k--) sign(inSlash16(r, trip.carrier), p.phone, trip.country, parisTime(day, 0, 0, r.int(0, 86_399)));
  if (r.chance(0.6)) sign(trip.hotel, p.desktop, trip.country, parisTime(day, 0, 0, r.int(0, 86_399)));
}

/** The old password retried by the phone's mail app every 20–45 minutes for 12–40 hours from the carrier (a new address at each re-attach, every 2–6 hours), then updated. */
function stalePhone(ctx: EverydayContext, p: BlindPerson, changed: number, used: (ip: string) => void): void {
  const { r, log } = ctx;
  const until = changed + r.int(12, 40) * 3_600_000;
  let ip = '';
  let attach = 0;
  let t = changed + r.int(5, 30) * 60_000;
  for (; t < until; t += r.int(20, 45) * 60_000) {
    if (t >= attach) {
      ip = p.mobileV6 ? privacyAddress(r, slash64(r, carrierV6)) : r.pick(carrierPool);
      attach = t + r.int(2, 6) * 3_600_000;
      used(ip);
    }
    log.add(t, p.user, ip, blindCodes.badPassword, p.phone, 'FR');
  }
  log.add(t, p.user, ip, blindCodes.ok, p.phone, 'FR');
}

import type { Rng } from '../scenarios/Rng';
import { inSlash16, inSlash24, privacyAddress } from './blindAddresses';
import { parisTime } from './blindClock';
import { blindCodes, type BlindLog } from './BlindLog';
import { carrierPool, type BlindPerson } from './blindPerson';
import type { BlindAttack, BlindTruth } from './BlindTruth';

/** What every attack writer needs: the log, its own random stream, the truth to label. */
export interface AttackContext {
  log: BlindLog;
  r: Rng;
  truth: BlindTruth;
  /** Tenant accounts that exist (a leaked name not among them answers "no such user"). */
  existing: Set<string>;
}

const attackerUa = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

const mark = (ctx: AttackContext, k: BlindAttack, user: string | null, ip: string | null) => {
  if (user !== null) ctx.truth.attacks[k].accounts.add(user);
  if (ip !== null) ctx.truth.attacks[k].sources.add(ip);
};

/** One try of a leaked credential: no such user, a wrong password, a password accepted but stopped by MFA, or a success (the attacker then reads mail for a while). */
function tryCredential(ctx: AttackContext, k: BlindAttack, user: string, ip: string, ua: string, ts: number, win: number, valid: number, country: string): number {
  const { r, log } = ctx;
  mark(ctx, k, user, ip);
  if (!ctx.existing.has(user)) {
    log.add(ts, user, ip, blindCodes.noSuchUser, ua, country);
    return ts;
  }
  const u = r.real();
  if (u < win) {
    log.add(ts, user, ip, blindCodes.ok, ua, country);
    mark(ctx, 'takeover', user, null);
    for (let k2 = r.int(0, 2); k2 > 0; k2--) log.add(ts + r.int(2, 50) * 60_000, user, ip, blindCodes.ok, ua, country);
  } else if (u < win + valid) {
    log.add(ts, user, ip, blindCodes.mfaRequired, ua, country);
    mark(ctx, 'credential_valid', user, null);
  } else log.add(ts, user, ip, blindCodes.badPassword, ua, country);
  return ts;
}

/** Low-and-slow spray: every target tried once a day with the day's password, for up to a week, each day from a fresh hosting address, spread over 24 hours. */
export function slowSpray(ctx: AttackContext, targets: string[], firstDay: number, days: number): void {
  const { r } = ctx;
  for (let d = firstDay; d < firstDay + days; d++) {
    const ip = inSlash16(ctx.r, r.pick(['103.151', '141.98', '185.234']));
    const order = r.shuffle(targets);
    order.forEach((u, k) => tryCredential(ctx, 'slow_spray', u, ip, attackerUa, parisTime(d, 0, 0, Math.floor((k * 86_000) / order.length) + r.int(0, 300)), d === firstDay + days - 1 && k === 0 ? 1 : 0, 0, 'SG'));
  }
}

/** Stuffing from one IPv6 /48, a new /64 for every try, over a few hours. */
export function stuffingV6(ctx: AttackContext, leaked: string[], day: number): void {
  const { r } = ctx;
  const start = parisTime(day, r.int(0, 18));
  const span = r.int(2, 5) * 3_600_000;
  for (const u of leaked) {
    const ip = privacyAddress(r, `2a0e:97c0:3a1:${r.int(0, 0xffff).toString(16)}`);
    tryCredential(ctx, 'stuffing_v6_48', u, ip, r.pick([attackerUa, 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15']), start + r.int(0, span), 0.03, 0.04, 'NL');
  }
}

/** Stuffing from one hosting /24, each address working through one to four accounts; one success is followed at once by a sign-in from a second new address (the attacker's other hop). */
export function stuffingHosting24(ctx: AttackContext, leaked: string[], day: number): void {
  const { r, log } = ctx;
  const start = parisTime(day, r.int(0, 20));
  let ip = inSlash24(r, '194.165.16');
  let left = 0;
  let second = false;
  leaked.forEach((u, k) => {
    if (left-- <= 0) {
      ip = inSlash24(r, '194.165.16');
      left = r.int(0, 3);
    }
    const t = start + Math.floor((k * 5_400_000) / leaked.length);
    const before = ctx.truth.attacks.takeover.accounts.size;
    tryCredential(ctx, 'stuffing_hosting_24', u, ip, 'python-requests/2.31.0', t, 0.03, 0.02, 'RU');
    if (!second && ctx.truth.attacks.takeover.accounts.size > before) {
      second = true;
      const hop = inSlash24(r, '185.220.101');
      log.add(t + r.int(30, 120) * 1000, u, hop, blindCodes.ok, attackerUa, 'DE');
      mark(ctx, 'takeover_second_address', u, null);
    }
  });
}

/** Stuffing through residential proxies, one account per address, every request sending the fleet's most common browser string. */
export function stuffingOneUa(ctx: AttackContext, leaked: string[], day: number, ua: string): void {
  const { r } = ctx;
  const start = parisTime(day, r.int(0, 12));
  const span = r.int(12, 20) * 3_600_000;
  for (const u of leaked) {
    const ip = inSlash16(r, r.pick(['73.15', '98.207', '24.61', '71.198', '68.40', '174.63', '79.140', '91.64', '95.90']));
    tryCredential(ctx, 'stuffing_one_ua', u, ip, ua, start + r.int(0, span), 0.02, 0.03, r.pick(['US', 'FR', 'DE']));
  }
}

/** Brute force paced under any per-hour rate: one guess every 8–15 minutes for 18–40 hours from one address; the last victim's final guess is right. */
export function pacedBruteForce(ctx: AttackContext, victims: string[], day: number): void {
  const { r, log } = ctx;
  victims.forEach((u, k) => {
    const ip = inSlash24(r, '45.134.26');
    mark(ctx, 'paced_brute_force', u, ip);
    let t = parisTime(day, r.int(0, 23));
    const until = t + r.int(18, 40) * 3_600_000;
    for (; t < until; t += r.int(8, 15) * 60_000) log.add(t, u, ip, blindCodes.badPassword, 'Mozilla/5.0', 'CN');
    if (k === victims.length - 1) {
      log.add(t, u, ip, blindCodes.ok, 'Mozilla/5.0', 'CN');
      mark(ctx, 'takeover', u, null);
    }
  });
}

/** A takeover from the victim's own mobile carrier's NAT pool: a few wrong guesses then the right one, at night, from another device. */
export function sameCarrierTakeover(ctx: AttackContext, victim: BlindPerson, day: number): void {
  const { r, log } = ctx;
  const ip = r.pick(carrierPool);
  const ua = victim.phone.includes('Android') ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' : 'Mozilla/5.0 (Linux; Android 12; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36';
  let t = parisTime(day, 2, 0, r.int(0, 7200));
  for (let k = r.int(2, 4); k > 0; k--, t += r.int(30, 120) * 1000) log.add(t, victim.user, ip, blindCodes.badPassword, ua, 'FR');
  log.add(t, victim.user, ip, blindCodes.ok, ua, 'FR');
  mark(ctx, 'takeover_same_carrier', victim.user, null);
  mark(ctx, 'takeover', victim.user, null);
}

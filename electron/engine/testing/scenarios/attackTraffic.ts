import type { Rng } from './Rng';
import type { ScenarioParams } from './ScenarioParams';
import type { ScenarioTruth } from './ScenarioTruth';
import type { ScenarioWriter } from './ScenarioWriter';
import { browserAgents, day, hour, minute } from './tenant';

/** Accounts the attacks may use, drawn without replacement so each account has one attack story. */
export interface TargetPools {
  leaked: string[];
  any: string[];
  outsiders: string[];
}

const take = (xs: string[], n: number): string[] => xs.splice(0, n);
const proxyOctets = ['36', '177', '49', '95', '186', '112', '41'];

/** A fresh residential-proxy address (never an address honest users have). */
function proxyIp(r: Rng, used: Set<string>): string {
  for (;;) {
    const ip = `${r.pick(proxyOctets)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (!used.has(ip)) {
      used.add(ip);
      return ip;
    }
  }
}

/**
 * Residential-proxy credential stuffing: thousands of fresh addresses, each trying 1 to proxyMaxAccountsPerSource
 * leaked accounts with browser user agents over proxyHours. Some leaked passwords work: plain takeovers, takeovers
 * that pass the second factor, and passwords accepted and then stopped by it (credential confirmed valid). A
 * takeover's success address, fresh and used for nothing else, is not an attack source.
 */
export function proxyStuffing(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, pools: TargetPools, start: number): void {
  const used = new Set<string>();
  const tried = [...take(pools.leaked, Math.ceil(p.proxyAccounts / 2)), ...take(pools.outsiders, Math.floor(p.proxyAccounts / 2))];
  const takeovers = take(pools.leaked, 20);
  const mfaTakeovers = take(pools.leaked, 10);
  const valid = take(pools.leaked, p.perClass);
  const span = p.proxyHours * hour;
  const at = () => start + Math.floor(r.real() * span);
  type Try = { user: string; outcome: 'fail' | 'valid' };
  const tries: Try[] = [];
  for (const user of [...tried, ...takeovers, ...mfaTakeovers]) for (let k = 0; k < p.proxyTriesPerAccount; k++) tries.push({ user, outcome: 'fail' });
  for (const user of valid) tries.push({ user, outcome: 'valid' });
  const queue = r.shuffle(tries);
  while (queue.length > 0) {
    const ip = proxyIp(r, used);
    const ua = r.pick(browserAgents);
    const mine: string[] = [];
    for (let n = r.int(1, p.proxyMaxAccountsPerSource); n > 0 && queue.length > 0; n--) {
      const next = queue.findIndex((x) => !mine.includes(x.user));
      if (next < 0) break;
      const [x] = queue.splice(next, 1) as [Try];
      mine.push(x.user);
      const ts = at();
      if (x.outcome === 'valid') w.fail(ts, x.user, ip, ua, 'mfa_required');
      else w.fail(ts, x.user, ip, ua, x.user.startsWith('x') ? 'no_such_user' : 'bad_password');
    }
    t.sources.proxy_stuffing.add(ip);
  }
  for (const user of [...tried, ...takeovers, ...mfaTakeovers, ...valid]) t.accounts.proxy_stuffing.add(user);
  valid.forEach((u) => t.accounts.credential_valid.add(u));
  for (const [k, user] of [...takeovers, ...mfaTakeovers].entries()) {
    const ip = proxyIp(r, used);
    const ua = r.pick(browserAgents);
    const ts = start + span - Math.floor(r.real() * span * 0.3);
    if (k >= takeovers.length) w.fail(ts - 20_000, user, ip, ua, 'mfa_required');
    w.ok(ts, user, ip, ua);
    t.accounts.takeover.add(user);
  }
}

/** A coordinated password spray: three addresses each trying a slice of the tenant once, in the same hour; a few common passwords work. */
export function spray(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, pools: TargetPools, start: number): void {
  const sources = ['45.155.205.11', '45.155.205.12', '45.155.205.13'];
  const users = take(pools.any, Math.ceil(p.perClass * 1.2));
  users.forEach((user, k) => {
    const ip = sources[k % sources.length] as string;
    const ts = start + Math.floor((k / users.length) * 45 * minute);
    if (k % 20 === 7) {
      w.ok(ts, user, ip, 'Mozilla/5.0 (compatible; spray)');
      t.accounts.takeover.add(user);
    } else w.fail(ts, user, ip, 'Mozilla/5.0 (compatible; spray)', 'bad_password');
    t.accounts.spray.add(user);
  });
  sources.forEach((ip) => t.sources.spray.add(ip));
}

/** Classic credential stuffing from two hosting addresses, each working through a list of leaked accounts in under an hour. */
export function singleStuffing(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, pools: TargetPools, start: number): void {
  const sources = ['5.188.10.21', '5.188.10.22'];
  const users = [...take(pools.leaked, Math.ceil(p.perClass * 0.8)), ...take(pools.outsiders, Math.ceil(p.perClass * 0.4))];
  r.shuffle(users).forEach((user, k) => {
    const ip = sources[k % 2] as string;
    const ts = start + (k % 2) * 3 * hour + Math.floor((k / users.length) * 50 * minute);
    if (k % 25 === 3 && !user.startsWith('x')) {
      w.ok(ts, user, ip, 'python-requests/2.31');
      t.accounts.takeover.add(user);
    } else w.fail(ts, user, ip, 'python-requests/2.31', user.startsWith('x') ? 'no_such_user' : 'bad_password');
    t.accounts.single_stuffing.add(user);
  });
  sources.forEach((ip) => t.sources.single_stuffing.add(ip));
}

/** Brute force against single accounts, each from its own hosting address, over several days; a few guess right. */
export function bruteForce(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, pools: TargetPools, start: number): void {
  take(pools.any, p.perClass).forEach((user, k) => {
    const ip = `193.${r.int(1, 250)}.${r.int(0, 255)}.${k + 1}`;
    const ts0 = start + r.int(0, 3) * day + r.int(0, 23) * hour;
    const n = r.int(15, 60);
    const every = Math.floor((r.int(20, 50) * minute) / n);
    for (let a = 0; a < n; a++) w.fail(ts0 + a * every, user, ip, 'hydra', 'bad_password');
    if (k % 8 === 5) {
      w.ok(ts0 + n * every + minute, user, ip, 'hydra');
      t.accounts.takeover.add(user);
    }
    t.accounts.brute_force.add(user);
    t.sources.brute_force.add(ip);
  });
}

/** MFA push fatigue: a valid leaked password, then push after push denied until, for some, the user gives in. */
export function mfaFatigue(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, pools: TargetPools, start: number): void {
  take(pools.leaked, p.perClass).forEach((user, k) => {
    const ip = `45.${r.int(60, 90)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    const ua = r.pick(browserAgents);
    const ts0 = start + r.int(0, 4) * day + r.int(0, 23) * hour;
    const pushes = r.int(6, 20);
    const every = Math.floor((r.int(5, 25) * minute) / pushes);
    for (let a = 0; a < pushes; a++) w.fail(ts0 + a * every, user, ip, ua, 'mfa_denied');
    if (k % 5 < 2) {
      w.ok(ts0 + pushes * every + 30_000, user, ip, ua);
      t.accounts.takeover.add(user);
    }
    t.accounts.mfa_fatigue.add(user);
  });
}

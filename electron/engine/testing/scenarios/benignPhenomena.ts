import { signIn, type Resident } from './benignTraffic';
import type { Rng } from './Rng';
import type { ScenarioParams } from './ScenarioParams';
import type { ScenarioTruth } from './ScenarioTruth';
import type { ScenarioFailure, ScenarioWriter } from './ScenarioWriter';
import { cgnatIp, day, hour, minute, mobileAgents, vpnEgress } from './tenant';

/** The address a resident signs in from at work on a weekday: the office NAT, a VPN egress or any carrier NAT address. */
function usualIp(r: Rng, p: ScenarioParams, x: Resident): string {
  return x.habit === 'office' ? x.nat : x.habit === 'vpn' ? r.pick(vpnEgress) : cgnatIp(r.int(0, p.cgnatAddresses - 1));
}

/** Writes one row and records the account and address in the phenomenon's truth. */
type Note = (user: string, ip: string) => void;

/**
 * Forced password change: on `at` most accounts first try the old password (one to three times over up to four hours,
 * from their usual address) and then succeed with the new one; a fifth of the phone users' mail apps keep the old
 * password and retry it every 10–30 minutes for 2–10 hours over the carrier NAT before the user updates them.
 */
export function passwordChange(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, residents: Resident[], at: number): void {
  const note: Note = (user, ip) => (t.phenomena.password_change.accounts.add(user), t.phenomena.password_change.sources.add(ip));
  for (const x of residents) {
    if (!r.chance(0.8)) continue;
    const t0 = at + (x.habit === 'mobile' ? r.int(7 * 60, 12 * 60) : r.int(8 * 60 + 30, 9 * 60 + 40)) * minute;
    let ts = t0;
    for (let k = r.int(1, 3); k > 0; k--) {
      const ip = usualIp(r, p, x);
      w.fail(ts, x.user, ip, x.ua, 'bad_password');
      note(x.user, ip);
      ts += r.int(5, 80) * minute;
    }
    const ip = usualIp(r, p, x);
    signIn(w, r, p, ts, x.user, ip, x.ua, x.mfa);
    note(x.user, ip);
    if (x.habit !== 'mobile' || !r.chance(0.2)) continue;
    const end = t0 + r.int(2, 10) * hour;
    const ua = `${r.pick(mobileAgents)} mail`;
    for (let s = t0 + r.int(0, 30) * minute; s < end; s += r.int(10, 30) * minute) {
      const cg = cgnatIp(r.int(0, p.cgnatAddresses - 1));
      w.fail(s, x.user, cg, ua, 'bad_password');
      note(x.user, cg);
    }
    const cg = cgnatIp(r.int(0, p.cgnatAddresses - 1));
    w.ok(end + r.int(1, 20) * minute, x.user, cg, ua);
    note(x.user, cg);
  }
}

/**
 * Identity-provider outage: for 20–60 minutes from the office burst every sign-in fails ("service unavailable") or
 * is interrupted; people retry once to three times from their usual address, then sign in after recovery.
 */
export function idpOutage(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, residents: Resident[], at: number): void {
  const from = at + 8 * hour + 45 * minute + r.int(0, 30) * minute;
  const to = from + r.int(20, 60) * minute;
  const note: Note = (user, ip) => (t.phenomena.idp_outage.accounts.add(user), t.phenomena.idp_outage.sources.add(ip));
  for (const x of residents) {
    if (!r.chance(x.habit === 'office' ? 0.9 : x.habit === 'vpn' ? 0.6 : 0.3)) continue;
    let ts = from + Math.floor(r.real() * (to - from));
    for (let k = r.int(1, 3); k > 0 && ts < to; k--) {
      const ip = usualIp(r, p, x);
      const reason: ScenarioFailure = r.chance(0.6) ? 'other' : 'interrupted';
      w.fail(ts, x.user, ip, x.ua, reason);
      note(x.user, ip);
      ts += r.int(2, 10) * minute;
    }
    const ip = usualIp(r, p, x);
    signIn(w, r, p, to + r.int(1, 45) * minute, x.user, ip, x.ua, x.mfa);
    note(x.user, ip);
  }
}

/**
 * Misconfigured service accounts on internal addresses: `svc-sync` signs in every 15 minutes from 10.20.0.5 until its
 * secret is rotated at `at`, then fails every 3–5 minutes for 3–5 days; `svc-report` on 10.20.0.6 was deployed with a
 * wrong secret and fails every 2–10 minutes for 3–5 days, never signing in.
 */
export function serviceAccounts(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, at: number, start: number): void {
  const end = start + p.days * day;
  const sync = { user: 'svc-sync@tenant.example', ip: '10.20.0.5', ua: 'svc-sync/2.1 (Windows NT 10.0)' };
  for (let ts = start + r.int(0, 14) * minute; ts < at; ts += 15 * minute + r.int(0, 30_000)) w.ok(ts, sync.user, sync.ip, sync.ua);
  const syncEnd = Math.min(end, at + r.int(3, 5) * day);
  for (let ts = at + r.int(0, 60) * minute; ts < syncEnd; ts += r.int(3, 5) * minute) w.fail(ts, sync.user, sync.ip, sync.ua, 'bad_password');
  const report = { user: 'svc-report@tenant.example', ip: '10.20.0.6', ua: 'ReportRunner/4.0' };
  const every = r.int(2, 10) * minute;
  const reportFrom = Math.max(start, at - r.int(1, 2) * day);
  const reportEnd = Math.min(end, reportFrom + r.int(3, 5) * day);
  for (let ts = reportFrom; ts < reportEnd; ts += every + r.int(0, 20_000)) w.fail(ts, report.user, report.ip, report.ua, 'bad_password');
  for (const x of [sync, report]) {
    t.phenomena.service_account.accounts.add(x.user);
    t.phenomena.service_account.sources.add(x.ip);
  }
}

/**
 * A call centre: 40 office accounts work shifts on shared terminals behind one address (194.25.0.40), signing in two
 * to five times a weekday, mistyping the password one time in seven and the user name one time in twenty.
 */
export function kiosk(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, residents: Resident[], start: number): void {
  const ip = '194.25.0.40';
  const agents = r.shuffle(residents.filter((x) => x.habit === 'office')).slice(0, 40);
  const clumsy = { ...p, typoRate: 0.15 };
  for (let d = 0; d < p.days; d++) {
    if (d % 7 >= 5) continue;
    for (const x of agents) {
      for (let k = r.int(2, 5); k > 0; k--) {
        const ts = start + d * day + r.int(8 * 60, 18 * 60) * minute;
        if (r.chance(0.05)) w.fail(ts - r.int(10_000, 40_000), x.user.replace('@', '.cc@'), ip, x.ua, 'no_such_user');
        signIn(w, r, clumsy, ts, x.user, ip, x.ua, x.mfa);
      }
      t.phenomena.kiosk.accounts.add(x.user);
    }
  }
  t.phenomena.kiosk.sources.add(ip);
  t.shared.add(ip);
}

/**
 * A conference: 30 office and VPN accounts spend three days at one hotel abroad (121.200.10.20), signing in two to
 * four times a day there on new devices (twice the typo rate) and nowhere else; their other sign-ins those days are removed.
 */
export function conference(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, residents: Resident[], at: number): void {
  const ip = '121.200.10.20';
  const group = r.shuffle(residents.filter((x) => x.habit !== 'mobile')).slice(0, 30);
  const away = new Set(group.map((x) => x.user));
  const to = at + 3 * day;
  for (let k = w.rows.length - 1; k >= 0; k--) {
    const row = w.rows[k];
    if (row && row.user !== null && away.has(row.user) && row.ts >= at && row.ts < to) w.rows.splice(k, 1);
  }
  const tired = { ...p, typoRate: Math.min(1, 2 * p.typoRate) };
  for (let d = 0; d < 3; d++)
    for (const x of group) for (let k = r.int(2, 4); k > 0; k--) signIn(w, r, tired, at + d * day + r.int(0, 15 * 60) * minute, x.user, ip, x.ua, x.mfa);
  group.forEach((x) => t.phenomena.conference.accounts.add(x.user));
  t.phenomena.conference.sources.add(ip);
  t.shared.add(ip);
}

/**
 * An announced pen test from one consultancy address (185.220.50.10) at `at`: a spray of 150 accounts in an hour (two
 * weak passwords work) and a brute force of 40 tries on one account. Labelled `pentest`, never an attack class: the
 * detectors should find it and the analyst dismisses the address.
 */
export function pentest(w: ScenarioWriter, r: Rng, t: ScenarioTruth, residents: Resident[], at: number): void {
  const ip = '185.220.50.10';
  const ua = 'Mozilla/5.0 (X11; Linux x86_64) redteam';
  const targets = r.shuffle(residents).slice(0, 151);
  targets.slice(0, 150).forEach((x, k) => {
    const ts = at + Math.floor((k / 150) * hour);
    if (k % 75 === 30) w.ok(ts, x.user, ip, ua);
    else w.fail(ts, x.user, ip, ua, 'bad_password');
    t.phenomena.pentest.accounts.add(x.user);
  });
  const victim = targets[150];
  if (victim) {
    for (let k = 0; k < 40; k++) w.fail(at + 2 * hour + k * 30_000, victim.user, ip, ua, 'bad_password');
    t.phenomena.pentest.accounts.add(victim.user);
  }
  t.phenomena.pentest.sources.add(ip);
}

import type { Rng } from '../scenarios/Rng';
import { accountUnlocked, passwordChanged, passwordReset } from './accountManagement';
import { dcFor, hostLogon, lockout, ntlmCheck, preauthFailed, tgt, winStatus } from './domainAuth';
import { wallTime, weekendDay } from './domainClock';
import { collectedHosts, dcs, servers, vpnAddress, type DomainHost } from './domainLayout';
import type { DomainPerson } from './domainPerson';
import type { DomainContext } from './everydayDomain';
import { markMember } from './WindowsTruth';

const minute = 60_000;

/**
 * Service accounts: svc_sql and svc_app renew their TGT every four hours from their server; svc_backup's password was
 * changed in AD and not in APP01's scheduled task, which retries every five minutes for 2–5 days (4771 0x18, no
 * lockout: service accounts are exempt) until someone updates it.
 */
export function serviceAccounts(ctx: DomainContext): void {
  const { log, r, truth, days } = ctx;
  const staleFrom = r.int(1, Math.max(1, days - 6));
  const staleTo = staleFrom + r.int(2, 5);
  for (const [user, host] of [['svc_sql', servers.sql], ['svc_app', servers.app], ['svc_backup', servers.backup]] as const) {
    const dc = dcFor(host.name);
    for (let t = wallTime(0, 0, r.int(0, 59)); t < wallTime(days, 0); t += 4 * 3_600_000 + r.int(0, 60_000)) tgt(log, t, dc, user, host.ip);
    if (user !== 'svc_backup') continue;
    for (let t = wallTime(staleFrom, 10, r.int(0, 59)); t < wallTime(staleTo, 11); t += 5 * minute + r.int(0, 20_000)) preauthFailed(log, t, dc, user, host.ip);
    markMember(truth.honest.stale_service, user, host.ip);
  }
}

/**
 * Password changes (12 % of people in the period): the second device keeps the old one. The DC logs the change (4723;
 * a quarter of them a help-desk reset, 4724), the lockout (4740 naming the caller computer) and the help desk's unlock
 * (4767). A phone's ActiveSync retries the old password through EXCH01 every 2–5 minutes (4776 wrong password) until
 * the account locks after ten (4740 naming EXCH01, then "locked" answers) and the help desk unlocks it 30–90 minutes
 * later once the phone is updated; a laptop's Kerberos tries it in bursts of three at each wake (4771 0x18 from the
 * laptop's address) until it locks, and signs in once the help desk unlocked it and the person typed the new one.
 * `admin` draws what the account-management events need on a stream of its own, so the sign-ins are those written
 * before they were (docs/detection-scenarios.md compares the runs).
 */
export function passwordChanges(ctx: DomainContext, people: readonly DomainPerson[], admin: Rng): void {
  const { log, r, truth, days } = ctx;
  const session = () => `0x${admin.int(0x100000, 0xffffff).toString(16)}`;
  for (const p of people) {
    if (!r.chance(0.12)) continue;
    let d = r.int(0, days - 2);
    while (weekendDay(d)) d++;
    const changed = wallTime(d, r.int(9, 15), r.int(0, 59));
    if (admin.chance(0.25)) passwordReset(log, changed - admin.int(60, 600) * 1000, dcFor(p.workstation), p.user, session());
    else passwordChanged(log, changed - admin.int(5, 60) * 1000, dcFor(p.workstation), p.user, session());
    tgt(log, changed, dcFor(p.workstation), p.user, p.wsIp);
    if (p.phone) {
      const dc = dcFor(servers.mail.name);
      let t = changed + r.int(3, 40) * minute;
      for (let k = 0; k < 10; k++, t += r.int(120, 300) * 1000) ntlmCheck(log, t, dc, p.user, servers.mail.name, winStatus.badPassword);
      lockout(log, t, p.user, servers.mail.name);
      const unlocked = t + r.int(30, 90) * minute;
      for (t += r.int(120, 300) * 1000; t < unlocked; t += r.int(120, 300) * 1000) ntlmCheck(log, t, dc, p.user, servers.mail.name, winStatus.locked);
      accountUnlocked(log, unlocked, p.user, session());
      ntlmCheck(log, unlocked + r.int(60, 600) * 1000, dc, p.user, servers.mail.name);
      markMember(truth.honest.password_change, p.user, servers.mail.name);
      markMember(truth.honest.activesync_phone, p.user, servers.mail.name);
    } else if (p.role !== 'citrix') {
      const laptop = p.role === 'laptop' ? p.workstation : `LT-${p.workstation.slice(3)}`;
      const ip = vpnAddress(r.int(1, 1000));
      const dc = dcFor(laptop);
      let t = changed + r.int(30, 300) * minute;
      let n = 0;
      while (n < 10) {
        for (let k = 0; k < 3 && n < 10; k++, n++) preauthFailed(log, t + k * r.int(1, 4) * 1000, dc, p.user, ip);
        t += r.int(4, 12) * minute;
      }
      lockout(log, t, p.user, laptop);
      const typed = t + r.int(40, 180) * minute;
      accountUnlocked(log, typed - admin.int(2, 30) * minute, p.user, session());
      tgt(log, typed, dc, p.user, ip);
      markMember(truth.honest.password_change, p.user, ip);
    }
  }
}

/**
 * The vulnerability scanner's weekly authenticated scan (Saturday night): svc_scan signs in over NTLM to every
 * workstation and server (a 4776 on the DC from SCAN01 each), and its default-credential check tries administrator,
 * admin, guest, root, test and sa on every collected host (4625 from its address there, 4776 on the DC).
 */
export function vulnerabilityScanner(ctx: DomainContext, people: readonly DomainPerson[]): void {
  const { log, r, truth, days } = ctx;
  const hosts: DomainHost[] = [...dcs, ...collectedHosts];
  const scan = servers.scanner;
  const dc = dcFor(scan.name);
  for (let d = 5; d < days; d += 7) {
    let t = wallTime(d, 1, r.int(0, 30));
    for (let k = 0; k < people.length; k++) {
      ntlmCheck(log, t, dc, 'svc_scan', scan.name);
      t += r.int(2, 9) * 1000;
    }
    for (const h of hosts) {
      for (const name of ['administrator', 'admin', 'guest', 'root', 'test', 'sa']) {
        const exists = name === 'administrator' || name === 'guest';
        t += r.int(1, 3) * 1000;
        hostLogon(log, t, { host: h, user: name, type: 3, ntlm: true, ip: scan.ip, workstation: scan.name }, exists ? winStatus.badPassword : winStatus.noSuchUser);
        ntlmCheck(log, t - 200, dc, name, scan.name, exists ? winStatus.badPassword : winStatus.noSuchUser);
        markMember(truth.honest.vuln_scanner, name, scan.ip);
      }
    }
  }
  markMember(truth.honest.vuln_scanner, 'svc_scan', scan.name);
  truth.honest.vuln_scanner.sources.add(scan.ip);
}

/** Workstations re-imaged without rejoining: their machine account's stale password fails Kerberos every 30–60 minutes for days. */
export function brokenTrusts(ctx: DomainContext, people: readonly DomainPerson[]): void {
  const { log, r, truth, days } = ctx;
  for (const p of r.shuffle(people.filter((x) => x.role === 'desk')).slice(0, r.int(1, 3))) {
    const from = r.int(0, days - 3);
    const dc = dcFor(p.workstation);
    for (let t = wallTime(from, 8, r.int(0, 59)); t < wallTime(Math.min(days, from + r.int(2, 6)), 0); t += r.int(30, 60) * minute) preauthFailed(log, t, dc, `${p.workstation}$`, p.wsIp);
    markMember(truth.honest.machine_account, `${p.workstation}$`, p.wsIp);
  }
}

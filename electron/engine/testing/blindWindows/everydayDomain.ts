import type { Rng } from '../scenarios/Rng';
import { dcFor, hostLogon, ntlmCheck, preauthFailed, serviceTicket, tgt } from './domainAuth';
import { wallTime, weekendDay } from './domainClock';
import { servers, vpnAddress } from './domainLayout';
import type { DomainPerson } from './domainPerson';
import type { WinLog } from './WinLog';
import { markMember, type WindowsTruth } from './WindowsTruth';

/** What the everyday writers need: the log, a random stream, the truth to label, the period. */
export interface DomainContext {
  log: WinLog;
  r: Rng;
  truth: WindowsTruth;
  days: number;
}

const citrixGateway = '10.10.2.5';

/** Where a person signs in from on a day: the office workstation, a VPN pool address for a laptop at home, or Citrix. */
function seat(ctx: DomainContext, p: DomainPerson): { ip: string; viaCitrix: boolean } {
  const { r, truth } = ctx;
  if (p.role === 'citrix' || r.chance(0.05)) {
    markMember(truth.honest.citrix_host, p.user, servers.citrix.ip);
    return { ip: servers.citrix.ip, viaCitrix: true };
  }
  if (p.role === 'laptop' && r.chance(0.6)) {
    const ip = vpnAddress(r.int(1, 1000));
    markMember(truth.honest.vpn_pool, p.user, ip);
    return { ip, viaCitrix: false };
  }
  markMember(truth.honest.everyday, p.user, p.wsIp);
  return { ip: p.wsIp, viaCitrix: false };
}

/**
 * One person's working day on the DCs: the machine's boot (its `HOST$` TGT), the morning sign-in (a Monday 08:25–08:45
 * storm, else 07:15–09:30; 3 % mistype first: a 4771 0x18, then the TGT seconds later), service tickets through the
 * day (`user@REALM`), a Citrix session's 4624 on CTX01, a phone's ActiveSync checks (NTLM 4776 from EXCH01, no
 * address) and cloud sign-ins through ADFS (Kerberos from ADFS01's address, with their own typos).
 */
function workingDay(ctx: DomainContext, p: DomainPerson, d: number): void {
  const { log, r, truth } = ctx;
  const where = seat(ctx, p);
  const dc = dcFor(where.viaCitrix ? servers.citrix.name : p.workstation);
  let t = d % 7 === 0 && p.role === 'desk' ? wallTime(d, 8, 25, r.int(0, 1200)) : wallTime(d, 7, 15, r.int(0, 8100));
  if (!where.viaCitrix) {
    tgt(log, t - r.int(60, 900) * 1000, dc, `${p.workstation}$`, where.ip);
    markMember(truth.honest.machine_account, `${p.workstation}$`, where.ip);
  }
  if (r.chance(0.03)) {
    for (let k = r.int(1, 2); k > 0; k--, t += r.int(4, 15) * 1000) preauthFailed(log, t, dc, p.user, where.ip);
  }
  tgt(log, t, dc, p.user, where.ip);
  if (where.viaCitrix) {
    hostLogon(log, t + r.int(2, 6) * 1000, { host: servers.citrix, user: p.user, type: 10, ntlm: false, ip: citrixGateway, workstation: servers.citrix.name }, null);
    markMember(truth.honest.citrix_host, p.user, citrixGateway);
  } else serviceTicket(log, t + 400, dc, p.user, where.ip, `${p.workstation}$`);
  for (let k = r.int(1, 3); k > 0; k--) serviceTicket(log, t + r.int(5, 540) * 60_000, dc, p.user, where.ip, r.pick(['FS01$', 'EXCH01$', 'SQL01$', 'PRINT01$']));
  if (p.cloud && r.chance(0.6)) {
    const at = wallTime(d, r.int(8, 17), r.int(0, 59), r.int(0, 59));
    const adfsDc = dcFor(servers.adfs.name);
    if (r.chance(0.04)) preauthFailed(log, at - r.int(10, 40) * 1000, adfsDc, p.user, servers.adfs.ip);
    tgt(log, at, adfsDc, p.user, servers.adfs.ip);
    markMember(truth.honest.adfs_proxy, p.user, servers.adfs.ip);
  }
}

/** A phone's ActiveSync checks through the day, every day: NTLM validations on the DC from EXCH01. */
function phoneDay(ctx: DomainContext, p: DomainPerson, d: number): void {
  const { log, r, truth } = ctx;
  const dc = dcFor(servers.mail.name);
  for (let k = r.int(weekendDay(d) ? 0 : 2, 4); k > 0; k--) ntlmCheck(log, wallTime(d, r.int(7, 21), r.int(0, 59), r.int(0, 59)), dc, p.user, servers.mail.name);
  markMember(truth.honest.activesync_phone, p.user, servers.mail.name);
}

/** Null sessions: now and then an old application on a workstation connects to a DC as ANONYMOUS LOGON (a 4624 over NTLM on the DC). */
function anonymousDay(ctx: DomainContext, people: readonly DomainPerson[], d: number): void {
  const { log, r, truth } = ctx;
  for (const p of people) {
    if (!r.chance(0.03)) continue;
    const dc = dcFor(p.workstation);
    hostLogon(log, wallTime(d, r.int(8, 17), r.int(0, 59), r.int(0, 59)), { host: dc, user: 'ANONYMOUS LOGON', type: 3, ntlm: true, ip: p.wsIp, workstation: p.workstation }, null);
    markMember(truth.honest.anonymous_logon, 'ANONYMOUS LOGON', p.wsIp);
  }
}

/** Every person's days: working days (5 % of people also on some weekend days), phones every day, null sessions. */
export function everydayDomain(ctx: DomainContext, people: readonly DomainPerson[]): void {
  const { r } = ctx;
  for (let d = 0; d < ctx.days; d++) {
    for (const p of people) {
      if (!weekendDay(d) ? r.chance(0.93) : r.chance(0.05)) workingDay(ctx, p, d);
      if (p.phone) phoneDay(ctx, p, d);
    }
    if (!weekendDay(d)) anonymousDay(ctx, people, d);
  }
}

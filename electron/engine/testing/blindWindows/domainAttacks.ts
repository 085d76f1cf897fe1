import type { Rng } from '../scenarios/Rng';
import { dcFor, hostLogon, ntlmCheck, preauthFailed, serviceTicket, tgt, winStatus } from './domainAuth';
import { wallTime } from './domainClock';
import { servers } from './domainLayout';
import type { DomainPerson } from './domainPerson';
import type { WinLog } from './WinLog';
import { markMember, type WindowsAttack, type WindowsTruth } from './WindowsTruth';

/** What every attack writer needs: the log, its own random stream, the truth to label, the accounts that exist. */
export interface DomainAttackContext {
  log: WinLog;
  r: Rng;
  truth: WindowsTruth;
  existing: Set<string>;
}

const mark = (ctx: DomainAttackContext, k: WindowsAttack, user: string | null, source: string | null) => markMember(ctx.truth.attacks[k], user, source);
const guessed = ['administrator', 'admin', 'user', 'test', 'guest', 'scanner', 'backup', 'support', 'rdp', 'server', 'user1', 'test1', 'administrateur', 'sql', 'ftp', 'remote', 'office', 'reception', 'scan', 'demo'];

/**
 * Remote Desktop brute force from one internet address against the published host RDS01 (NLA, so a type 3 NTLM
 * logon): 1 500–3 000 guesses one to four seconds apart over common names and a few of the staff's names, each a 4625 on
 * RDS01 and a 4776 on the DC from the attacker's workstation name. Nothing wins.
 */
export function rdpBruteForce(ctx: DomainAttackContext, people: readonly DomainPerson[], day: number): void {
  const { log, r } = ctx;
  const ip = `${r.pick(['45.141.87', '80.94.95', '194.169.175', '185.156.73'])}.${r.int(2, 250)}`;
  const ws = r.pick(['-', 'WIN-J9D866ESIJ2', 'kali']);
  const names = [...guessed, ...r.shuffle(people).slice(0, 15).map((p) => p.user)];
  const dc = dcFor(servers.rdp.name);
  let t = wallTime(day, r.int(0, 20), r.int(0, 59));
  for (let k = r.int(1500, 3000); k > 0; k--, t += r.int(1000, 4000)) {
    const user = r.chance(0.5) ? (names[0] as string) : r.pick(names);
    const exists = ctx.existing.has(user);
    hostLogon(log, t, { host: servers.rdp, user, type: 3, ntlm: true, ip, workstation: ws }, exists ? winStatus.badPassword : winStatus.noSuchUser);
    ntlmCheck(log, t - r.int(20, 300), dc, user, ws === '-' ? '' : ws, exists ? winStatus.badPassword : winStatus.noSuchUser);
    mark(ctx, 'rdp_brute_force', user, ip);
  }
  if (ws !== '-') ctx.truth.attacks.rdp_brute_force.sources.add(ws);
}

/**
 * AS-REP roasting from a compromised workstation: TGTs asked without pre-authentication (4768, PreAuthType 0, issued)
 * for the accounts that do not require it; it proves no password.
 */
export function asrepRoast(ctx: DomainAttackContext, accounts: readonly string[], ws: DomainPerson, day: number): void {
  const { log, r } = ctx;
  let t = wallTime(day, 12, r.int(0, 50));
  for (const u of accounts) {
    tgt(log, (t += r.int(1, 5) * 1000), dcFor(ws.workstation), u, ws.wsIp, winStatus.ok, '0');
    mark(ctx, 'asrep_roast', u, ws.wsIp);
  }
}

/**
 * A password spray over Kerberos from a compromised workstation (its owner keeps working on it): one 4771 0x18 for
 * each of hundreds of accounts, 0.5–3 s apart, one season's password; `wins` accounts take it (a TGT, then service
 * tickets for the file server and Citrix from the same workstation), disabled former staff answer 0x12.
 */
export function kerberosSpray(ctx: DomainAttackContext, targets: readonly string[], ws: DomainPerson, day: number, wins: number): void {
  const { log, r } = ctx;
  const dc = dcFor(ws.workstation);
  let t = wallTime(day, 13, r.int(0, 59));
  const winners = new Set(r.shuffle(targets.filter((u) => ctx.existing.has(u))).slice(0, wins));
  for (const u of targets) {
    t += r.int(500, 3000);
    mark(ctx, 'kerberos_spray', u, ws.wsIp);
    if (!ctx.existing.has(u)) tgt(log, t, dc, u, ws.wsIp, winStatus.krbRevoked);
    else if (!winners.has(u)) preauthFailed(log, t, dc, u, ws.wsIp);
    else {
      tgt(log, t, dc, u, ws.wsIp);
      serviceTicket(log, t + r.int(20, 600) * 1000, dc, u, ws.wsIp, 'FS01$');
      serviceTicket(log, t + r.int(600, 3600) * 1000, dc, u, ws.wsIp, 'CTX01$');
      mark(ctx, 'takeover', u, ws.wsIp);
      ctx.truth.wins.set(u, 'kerberos_spray');
    }
  }
}

/**
 * An NTLM spray from a personal machine on the VPN against the file server: only the DC's 4776, with the machine's own
 * name (`DESKTOP-…`) and no address; 200–500 accounts a few seconds apart, a few guessed names among them; one wins.
 */
export function ntlmSpray(ctx: DomainAttackContext, targets: readonly string[], day: number): void {
  const { log, r } = ctx;
  const ws = `DESKTOP-${r.int(0, 36 ** 7 - 1).toString(36).toUpperCase().padStart(7, '0')}`;
  const dc = dcFor(ws);
  let t = wallTime(day, r.int(18, 22), r.int(0, 59));
  const winner = r.pick(targets.filter((u) => ctx.existing.has(u)));
  for (const u of targets) {
    t += r.int(1000, 5000);
    const exists = ctx.existing.has(u);
    ntlmCheck(log, t, dc, u, ws, !exists ? winStatus.noSuchUser : u === winner ? winStatus.ok : winStatus.badPassword);
    mark(ctx, 'ntlm_spray', u, ws);
    if (u === winner) {
      mark(ctx, 'takeover', u, ws);
      ctx.truth.wins.set(u, 'ntlm_spray');
    }
  }
}

/** A slow spray from a compromised application server over Kerberos: one account every 15–45 minutes, day and night, for 3–6 days; the last day's last try wins. */
export function slowSpray(ctx: DomainAttackContext, targets: readonly string[], firstDay: number): void {
  const { log, r } = ctx;
  const host = servers.app;
  const dc = dcFor(host.name);
  let t = wallTime(firstDay, r.int(0, 23), r.int(0, 59));
  targets.forEach((u, k) => {
    t += r.int(15, 45) * 60_000;
    mark(ctx, 'slow_spray', u, host.ip);
    if (k < targets.length - 1) preauthFailed(log, t, dc, u, host.ip);
    else {
      tgt(log, t, dc, u, host.ip);
      serviceTicket(log, t + r.int(30, 300) * 1000, dc, u, host.ip, 'SQL01$');
      mark(ctx, 'takeover', u, host.ip);
      ctx.truth.wins.set(u, 'slow_spray');
    }
  });
}

import { dcs, domain, fqdn, type DomainHost } from './domainLayout';
import type { WinLog } from './WinLog';

/** NTSTATUS and Kerberos codes the generator writes, by what happened. */
export const winStatus = {
  ok: '0x0',
  badPassword: '0xc000006a',
  noSuchUser: '0xc0000064',
  locked: '0xc0000234',
  logonFailure: '0xc000006d',
  krbBadPassword: '0x18',
  krbNoSuchUser: '0x6',
  krbRevoked: '0x12',
} as const;

const port = (ts: number) => String(49152 + (Math.floor(ts / 7) % 16000));
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
/** A stable SID for a domain account (RID from the name), `S-1-0-0` for a name the domain does not hold. */
export const sidOf = (user: string, exists = true): string => (exists ? `S-1-5-21-3623811015-3361044348-30300820-${1000 + (hash(user.toLowerCase()) % 900_000)}` : 'S-1-0-0');
const ffff = (ip: string) => (ip.includes('.') ? `::ffff:${ip}` : ip);

/** The DC that answers a client: each client keeps to one of the two (the DC locator's site choice), by its name. */
export function dcFor(client: string): DomainHost {
  return dcs[hash(client) % 2] as DomainHost;
}

/** A TGT request (4768) on the DC: Status 0x0 issued, else 0x6 (no such user) or 0x12 (disabled or locked); PreAuthType 0 when the account does not require pre-authentication. */
export function tgt(log: WinLog, ts: number, dc: DomainHost, user: string, ip: string, status: string = winStatus.ok, preAuth = '2'): void {
  const ok = status === winStatus.ok;
  log.add(ts, 4768, fqdn(dc.name), [
    ['TargetUserName', user],
    ['TargetDomainName', ok ? domain.realm : domain.netbios],
    ['TargetSid', sidOf(user, status !== winStatus.krbNoSuchUser)],
    ['ServiceName', 'krbtgt'],
    ['ServiceSid', ok ? sidOf('krbtgt') : 'S-1-0-0'],
    ['TicketOptions', '0x40810010'],
    ['Status', status],
    ['TicketEncryptionType', ok ? '0x12' : '0xffffffff'],
    ['PreAuthType', ok ? preAuth : '-'],
    ['IpAddress', ffff(ip)],
    ['IpPort', port(ts)],
    ['CertIssuerName', ''],
    ['CertSerialNumber', ''],
    ['CertThumbprint', ''],
  ]);
}

/** A Kerberos pre-authentication failure (4771) on the DC: 0x18 a wrong password. */
export function preauthFailed(log: WinLog, ts: number, dc: DomainHost, user: string, ip: string, status: string = winStatus.krbBadPassword): void {
  log.add(ts, 4771, fqdn(dc.name), [
    ['TargetUserName', user],
    ['TargetSid', sidOf(user)],
    ['ServiceName', `krbtgt/${domain.realm}`],
    ['TicketOptions', '0x40810010'],
    ['Status', status],
    ['PreAuthType', '2'],
    ['IpAddress', ffff(ip)],
    ['IpPort', port(ts)],
    ['CertIssuerName', ''],
    ['CertSerialNumber', ''],
    ['CertThumbprint', ''],
  ]);
}

/** A service ticket (4769) on the DC; the account is written `user@REALM`, as Windows writes it in this event. */
export function serviceTicket(log: WinLog, ts: number, dc: DomainHost, user: string, ip: string, service: string): void {
  log.add(ts, 4769, fqdn(dc.name), [
    ['TargetUserName', `${user}@${domain.realm}`],
    ['TargetDomainName', domain.realm],
    ['ServiceName', service],
    ['ServiceSid', sidOf(service)],
    ['TicketOptions', '0x40810000'],
    ['TicketEncryptionType', '0x12'],
    ['IpAddress', ffff(ip)],
    ['IpPort', port(ts)],
    ['Status', winStatus.ok],
    ['LogonGuid', '{00000000-0000-0000-0000-000000000000}'],
    ['TransmittedServices', '-'],
  ]);
}

/** An NTLM credential validation (4776) on the DC: a workstation name and no address. */
export function ntlmCheck(log: WinLog, ts: number, dc: DomainHost, user: string, workstation: string, status: string = winStatus.ok): void {
  log.add(ts, 4776, fqdn(dc.name), [
    ['PackageName', 'MICROSOFT_AUTHENTICATION_PACKAGE_V1_0'],
    ['TargetUserName', user],
    ['Workstation', workstation],
    ['Status', status],
  ]);
}

/** How a logon on a member host came: type 3 network, 10 Remote Desktop, 2 at the console; Kerberos or NTLM. */
export interface HostLogon {
  host: DomainHost;
  user: string;
  type: 2 | 3 | 10;
  ntlm: boolean;
  ip: string;
  workstation: string;
}

/** A logon on a host: 4624 when `sub` is null, else 4625 with Status 0xC000006D and that SubStatus. */
export function hostLogon(log: WinLog, ts: number, l: HostLogon, sub: string | null): void {
  const common: Array<[string, string]> = [
    ['SubjectUserSid', 'S-1-0-0'],
    ['SubjectUserName', '-'],
    ['SubjectDomainName', '-'],
    ['SubjectLogonId', '0x0'],
    ['TargetUserSid', sub === null ? sidOf(l.user) : 'S-1-0-0'],
    ['TargetUserName', l.user],
    ['TargetDomainName', sub === null || l.user.endsWith('$') ? domain.netbios : ''],
  ];
  const how: Array<[string, string]> = [
    ['LogonType', String(l.type)],
    ['LogonProcessName', l.ntlm ? 'NtLmSsp ' : l.type === 3 ? 'Kerberos' : 'User32 '],
    ['AuthenticationPackageName', l.ntlm ? 'NTLM' : 'Negotiate'],
    ['WorkstationName', l.workstation],
  ];
  const end: Array<[string, string]> = [
    ['ProcessId', l.type === 3 ? '0x0' : '0x3e4'],
    ['ProcessName', l.type === 3 ? '-' : 'C:\\Windows\\System32\\svchost.exe'],
    ['IpAddress', l.ip],
    ['IpPort', l.ip === '-' ? '-' : port(ts)],
  ];
  if (sub === null) {
    log.add(ts, 4624, fqdn(l.host.name), [...common, ['TargetLogonId', `0x${(ts % 0xffffff).toString(16)}`], ...how, ['LogonGuid', '{00000000-0000-0000-0000-000000000000}'], ['TransmittedServices', '-'], ['LmPackageName', l.ntlm ? 'NTLM V2' : '-'], ['KeyLength', l.ntlm ? '128' : '0'], ...end, ['ImpersonationLevel', '%%1833'], ['RestrictedAdminMode', '-'], ['TargetOutboundUserName', '-'], ['TargetOutboundDomainName', '-'], ['VirtualAccount', '%%1843'], ['TargetLinkedLogonId', '0x0'], ['ElevatedToken', '%%1843']]);
  } else {
    log.add(ts, 4625, fqdn(l.host.name), [...common, ['Status', winStatus.logonFailure], ['FailureReason', sub === winStatus.noSuchUser || sub === winStatus.badPassword ? '%%2313' : '%%2307'], ['SubStatus', sub], ...how, ['TransmittedServices', '-'], ['LmPackageName', '-'], ['KeyLength', '0'], ...end]);
  }
}

/** An account lockout (4740), logged by the PDC emulator (DC01) naming the computer the failures came from. */
export function lockout(log: WinLog, ts: number, user: string, caller: string): void {
  log.add(ts, 4740, fqdn((dcs[0] as DomainHost).name), [
    ['TargetUserName', user],
    ['TargetDomainName', caller],
    ['TargetSid', sidOf(user)],
    ['SubjectUserSid', 'S-1-5-18'],
    ['SubjectUserName', 'DC01$'],
    ['SubjectDomainName', domain.netbios],
    ['SubjectLogonId', '0x3e7'],
  ]);
}

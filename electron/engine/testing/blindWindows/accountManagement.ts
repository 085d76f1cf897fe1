import { sidOf } from './domainAuth';
import { dcs, domain, fqdn, type DomainHost } from './domainLayout';
import type { WinLog } from './WinLog';

/** The help-desk account that resets and unlocks other people's accounts. */
export const helpDesk = 'hd.admin';

/** Who acted on an account: the account itself (4723) or the help desk (4724, 4767), with the logon id of its session. */
interface Actor {
  user: string;
  logonId: string;
}

/** The Subject fields of a user-account-management event: the acting account as Windows writes them. */
function subject(a: Actor): Array<[string, string]> {
  return [
    ['SubjectUserSid', sidOf(a.user)],
    ['SubjectUserName', a.user],
    ['SubjectDomainName', domain.netbios],
    ['SubjectLogonId', a.logonId],
  ];
}

/** The Target fields of a user-account-management event: the account acted on. */
function target(user: string): Array<[string, string]> {
  return [
    ['TargetUserName', user],
    ['TargetDomainName', domain.netbios],
    ['TargetSid', sidOf(user)],
  ];
}

/** A password change by the account's owner (4723) on the DC that processed it: Subject and Target the same account, PrivilegeList `-`. */
export function passwordChanged(log: WinLog, ts: number, dc: DomainHost, user: string, logonId: string): void {
  log.add(ts, 4723, fqdn(dc.name), [...target(user), ...subject({ user, logonId }), ['PrivilegeList', '-']]);
}

/** A password reset by the help desk (4724): the Subject is the help desk's account. */
export function passwordReset(log: WinLog, ts: number, dc: DomainHost, user: string, logonId: string): void {
  log.add(ts, 4724, fqdn(dc.name), [...target(user), ...subject({ user: helpDesk, logonId })]);
}

/** An account unlocked by the help desk (4767), on the PDC emulator (DC01), which holds the lockout. */
export function accountUnlocked(log: WinLog, ts: number, user: string, logonId: string): void {
  log.add(ts, 4767, fqdn((dcs[0] as DomainHost).name), [...target(user), ...subject({ user: helpDesk, logonId })]);
}

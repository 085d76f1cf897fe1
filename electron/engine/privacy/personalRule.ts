/**
 * THE rule that decides what is personal, for every Api result, every case table and every report.
 *
 * 1. A value under a personal key (below) is masked: identities always; IPs unless the IP is an attack source.
 *    It holds at any depth of any result, so a new method or detector whose rows carry `user`, `account`, `ip`,
 *    `source`… is covered without knowing about this file.
 * 2. Every other string is scanned: e-mail-shaped substrings, IPv4/IPv6 addresses (attack sources excepted) and the
 *    identities the same result names under a personal key are replaced inside free text (summaries, evidence, notes).
 * 3. A data-view column is personal when its leak coverage class is (leak tables), when its name is a personal key,
 *    and otherwise, when it holds text, it is free text (scanned as in 2) unless its name is a known clear column.
 *    Known infrastructure ranges the analyst entered (`cidr`) are the organisation's own statements and stay as entered.
 * 4. Attack sources are the IPs named by stored, not dismissed findings of an attack kind (or, before detectors ran,
 *    by the default classification of the sign-ins): indicators of the attacker, not personal data of our people.
 *
 * A masked value is a keyed pseudonym (`j***@e***.com#a1b2c3`): readable shape plus an HMAC-SHA256 tag under a random
 * key kept in the case, so equal values read alike and different ones differ; drill-down arguments accept it back.
 */
import { attackKinds as attackFindingKinds } from '../../../shared/api/findingsApi';
export type PersonalKind = 'identity' | 'ip' | 'ipShaped';

/** Result keys whose string values (or string lists) are personal, and how. */
export const personalKeys: Readonly<Record<string, PersonalKind>> = {
  user: 'identity',
  users: 'identity',
  account: 'identity',
  accountName: 'identity',
  email: 'identity',
  emails: 'identity',
  username: 'identity',
  userName: 'identity',
  userId: 'identity',
  user_id: 'identity',
  upn: 'identity',
  userPrincipalName: 'identity',
  member: 'identity',
  members: 'identity',
  firstName: 'identity',
  lastName: 'identity',
  fullName: 'identity',
  displayName: 'identity',
  changedBy: 'identity',
  by_user: 'identity',
  phone: 'identity',
  raw: 'identity',
  object: 'identity',
  ip: 'ip',
  ips: 'ip',
  successIp: 'ip',
  successIps: 'ip',
  sourceIp: 'ip',
  clientIp: 'ip',
  ipAddress: 'ip',
  source: 'ipShaped',
  sources: 'ipShaped',
};

/** Case-table columns personal by table, where the column's name alone does not say so (a dismissed account or address). */
export const personalTableColumns: Readonly<Record<string, Readonly<Record<string, PersonalKind>>>> = {
  dismissal_entry: { value: 'identity' },
};

/** Finding kinds whose sources attacked (clear everywhere, from the one list in the findings contract); any other kind's IPs are masked. */
export const attackKinds: ReadonlySet<string> = new Set<string>(attackFindingKinds);

/** Result keys holding what the analyst stated about the organisation's own networks (a known egress range): shown as entered. */
export const statedKeys: ReadonlySet<string> = new Set(['cidr']);

/** Text columns known to hold no personal value: filterable and shown as they are without a reveal. */
export const clearColumns: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'severity',
  'status',
  'format',
  'action',
  'actor',
  'sha256',
  'failure_reason',
  'result_code',
  'app',
  'user_agent',
  'country',
  'asn',
  'column_name',
  'data_class',
  'hint_class',
  'scheme',
  'unit',
  'tlp',
  'cidr',
]);

/** The data class of a text column that may hide personal values inside free text. */
export const freeTextClass = 'Free text';

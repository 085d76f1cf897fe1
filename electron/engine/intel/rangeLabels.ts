import { parseCidr } from './parseCidr';
import { sqlString } from '../sql/sqlString';

/**
 * Address ranges that say what kind of network an address is on (RFC 1918, RFC 6598, RFC 5737, RFC 3849, RFC 4193…).
 * A label is evidence for the detectors, never an exclusion: an internal host spraying a domain controller is an
 * attacker all the same. Public routable addresses have no label.
 */
export const rangeLabels: Array<[label: string, cidr: string]> = [
  ['private', '10.0.0.0/8'],
  ['private', '172.16.0.0/12'],
  ['private', '192.168.0.0/16'],
  ['cgnat', '100.64.0.0/10'],
  ['loopback', '127.0.0.0/8'],
  ['link_local', '169.254.0.0/16'],
  ['documentation', '192.0.2.0/24'],
  ['documentation', '198.51.100.0/24'],
  ['documentation', '203.0.113.0/24'],
  ['multicast', '224.0.0.0/4'],
  ['unspecified', '0.0.0.0/8'],
  ['reserved', '240.0.0.0/4'],
  ['unspecified', '::/128'],
  ['loopback', '::1/128'],
  ['documentation', '2001:db8::/32'],
  ['unique_local', 'fc00::/7'],
  ['link_local', 'fe80::/10'],
  ['multicast', 'ff00::/8'],
];

/** The label of an address that is not an IP at all (a host name in an sshd log, a malformed value). */
export const notAnIpLabel = 'not_an_ip';

/** SQL: the range label of a parsed address (`family`, `ip_num` as ipNumberSql gives them); NULL for a public one. */
export function rangeLabelSql(family: string, ipNum: string): string {
  const whens = rangeLabels.map(([label, cidr]) => {
    const r = parseCidr(cidr);
    if (!r) throw new Error(`bad built-in range ${cidr}`);
    return `WHEN ${family} = ${r.family} AND ${ipNum} BETWEEN ${r.start}::UHUGEINT AND ${r.end}::UHUGEINT THEN ${sqlString(label)}`;
  });
  return `CASE WHEN ${family} IS NULL THEN ${sqlString(notAnIpLabel)} ${whens.join(' ')} END`;
}

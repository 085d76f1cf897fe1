/**
 * SQL: whether an address text is on an inside network (RFC 1918 10/8, 172.16/12, 192.168/16; RFC 6598 100.64/10,
 * which VPCs may use; IPv6 unique local fc00::/7). Why: a flow log names only addresses, and a flow from an inside
 * address to an outside one is data leaving the network. Documentation ranges count as outside, as vendors' examples use them.
 */
export function insideAddressSql(expr: string): string {
  return `coalesce(regexp_matches(lower(${expr}), '^(10\\.|192\\.168\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.|100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])\\.|f[cd][0-9a-f]{0,2}:)'), false)`;
}

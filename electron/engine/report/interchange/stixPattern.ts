/** The STIX pattern matching one IP address: ipv4-addr or ipv6-addr by its form. */
export function stixIpPattern(ip: string): string {
  const type = ip.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
  return `[${type}:value = '${ip.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`;
}

import { describe, expect, it } from 'vitest';
import { insertSignins } from '../testing/planted/insertSignins';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** INET_ATON: a dotted IPv4 address as MySQL's unsigned integer. */
const inetAton = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);

/**
 * Ten synthetic web-shop accounts (documentation ranges), each address column in one of the forms a database keeps
 * one: INET_ATON integers, 32-bit PHP ip2long (negative above 127.255.255.255), INET6_ATON of IPv4 as 8 hex digits with
 * `0x`, INET6_ATON of IPv6 as 32 hex digits, and IPv6 text not in RFC 5952 form.
 */
function leakCsv(): string {
  const rows = Array.from({ length: 10 }, (_, k) => {
    const v4 = `203.0.113.${k + 1}`;
    const signed = inetAton(`198.51.100.${k + 1}`) | 0;
    const hex4 = `0x${inetAton(`192.0.2.${k + 1}`)
      .toString(16)
      .padStart(8, '0')
      .toUpperCase()}`;
    const hex6 = `20010db8${'0'.repeat(20)}${(0x40 + k).toString(16).padStart(4, '0')}`;
    const text6 = `2001:DB8:0:0:0:0:1:${(0x10 + k).toString(16).toUpperCase()}`;
    return `c${k}@shop.example,${inetAton(v4)},${signed},${hex4},${hex6},${text6}`;
  });
  return `email,last_login_ip,signup_ip,last_ip_hex,lastip,ip_address\n${rows.join('\n')}\n`;
}

describe('leaked last-login IPs kept as numbers or bytes meet the sign-ins from them', () => {
  it('reads INET_ATON, ip2long, INET6_ATON hex and uncanonical IPv6 text in the logs spelling', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = await engine.service.addSource({ path: writeInput(work, 'customers.csv', leakCsv()), kind: 'leak' });
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      const ipColumns = cov?.fields.filter((f) => f.dataClass === 'IP addresses').map((f) => f.column);
      expect(ipColumns?.sort()).toEqual(['ip_address', 'last_ip_hex', 'last_login_ip', 'lastip', 'signup_ip']);
      const seen = ['203.0.113.3', '198.51.100.4', '192.0.2.5', '2001:db8::46', '2001:db8::1:16', '192.0.2.200'];
      await insertSignins(
        engine,
        seen.map((ip, k) => ({ ts: Date.UTC(2025, 2, 1, 10, k), user: `someone${k}@corp.example`, ip, success: true })),
      );
      const x = await engine.service.exposure({});
      expect(x.leakIpColumns.map((c) => c.column).sort()).toEqual(['ip_address', 'last_ip_hex', 'last_login_ip', 'lastip', 'signup_ip']);
      expect(x.leakedIpsSeen.leakedIps).toBe(50);
      expect(x.leakedIpsSeen.count).toBe(5);
      expect(x.leakedIpsSeen.ips.map((i) => i.ip).sort()).toEqual(seen.slice(0, 5).sort());
    });
  });
});

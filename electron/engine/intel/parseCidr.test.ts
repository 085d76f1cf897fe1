import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ipNumberSql } from './ipNumberSql';
import { parseCidr, parseIp } from './parseCidr';
import { rangeLabelSql } from './rangeLabels';

const addresses = [
  '8.8.8.8',
  '0.0.0.0',
  '255.255.255.255',
  '193.0.6.139',
  '2001:4860:4860::8888',
  '2001:4860:4860:0:0:0:0:8888',
  '2a00:1450:4001:80b::200e',
  '::',
  '::1',
  '1::',
  'fe80::1',
  'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '::ffff:8.8.4.4',
  '::ffff:808:404',
  ' 10.0.0.1 ',
];
const notAddresses = ['256.1.1.1', '1.2.3', 'sshd-host.example', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '-', '1.2.3.4.5'];

describe('address parsing', () => {
  it('gives the same family and number in SQL as in TypeScript, and nothing for what is not an address', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      const values = [...addresses, ...notAddresses].map((a) => `('${a}')`).join(', ');
      const reader = await c.runAndReadAll(`SELECT ip, family, ip_num::VARCHAR AS n FROM (${ipNumberSql(`SELECT * FROM (VALUES ${values}) AS t(ip)`)})`);
      const sql = new Map((reader.getRowObjectsJson() as Array<{ ip: string; family: number | null; n: string | null }>).map((r) => [r.ip, r]));
      for (const a of addresses) {
        const ts = parseIp(a);
        expect(ts, a).not.toBeNull();
        expect(sql.get(a), a).toEqual({ ip: a, family: ts?.family, n: ts?.value.toString() });
      }
      for (const a of notAddresses) {
        expect(parseIp(a), a).toBeNull();
        expect(sql.get(a), a).toEqual({ ip: a, family: null, n: null });
      }
      expect(sql.get('::ffff:8.8.4.4')).toEqual({ ip: '::ffff:8.8.4.4', family: 4, n: sql.get('::ffff:808:404')?.n });
      expect(sql.get('8.8.8.8')?.n).toBe(String(8 * 2 ** 24 + 8 * 2 ** 16 + 8 * 2 ** 8 + 8));
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });

  it('reads CIDR blocks as inclusive bounds, a bare address as one address, and refuses bad prefixes', () => {
    expect(parseCidr('100.64.0.0/10')).toEqual({ family: 4, start: 0x64400000n, end: 0x647fffffn });
    expect(parseCidr('100.64.12.34/10')).toEqual({ family: 4, start: 0x64400000n, end: 0x647fffffn });
    expect(parseCidr('203.0.113.9')).toEqual({ family: 4, start: 0xcb007109n, end: 0xcb007109n });
    expect(parseCidr('0.0.0.0/0')).toEqual({ family: 4, start: 0n, end: 0xffffffffn });
    expect(parseCidr('2001:db8::/32')).toEqual({ family: 6, start: 0x20010db8n << 96n, end: (0x20010db8n << 96n) | ((1n << 96n) - 1n) });
    expect(parseCidr('::ffff:10.0.0.0/104')).toEqual({ family: 4, start: 0x0a000000n, end: 0x0affffffn });
    for (const bad of ['10.0.0.0/33', '2001:db8::/129', 'corp-vpn', '10.0.0.0/', '/8', '10.0.0.0/8 extra']) expect(parseCidr(bad), bad).toBeNull();
  });

  it('labels special-use ranges at their edges, and leaves public addresses and the neighbours of those ranges unlabelled', async () => {
    const cases: Array<[string, string | null]> = [
      ['10.0.0.0', 'private'],
      ['10.255.255.255', 'private'],
      ['11.0.0.0', null],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['172.32.0.0', null],
      ['192.168.1.1', 'private'],
      ['100.63.255.255', null],
      ['100.64.0.0', 'cgnat'],
      ['100.127.255.255', 'cgnat'],
      ['100.128.0.0', null],
      ['127.0.0.1', 'loopback'],
      ['169.254.10.10', 'link_local'],
      ['192.0.2.1', 'documentation'],
      ['198.51.100.200', 'documentation'],
      ['203.0.113.255', 'documentation'],
      ['203.0.114.0', null],
      ['239.255.255.250', 'multicast'],
      ['8.8.8.8', null],
      ['::1', 'loopback'],
      ['2001:db8:ffff::1', 'documentation'],
      ['2001:db9::1', null],
      ['fd00::1', 'unique_local'],
      ['fe80::1', 'link_local'],
      ['ff02::1', 'multicast'],
      ['2001:4860:4860::8888', null],
      ['::ffff:192.168.0.1', 'private'],
      ['not-an-ip', 'not_an_ip'],
    ];
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      const values = cases.map(([a]) => `('${a}')`).join(', ');
      const reader = await c.runAndReadAll(`SELECT ip, ${rangeLabelSql('family', 'ip_num')} AS label FROM (${ipNumberSql(`SELECT * FROM (VALUES ${values}) AS t(ip)`)})`);
      const got = new Map((reader.getRowObjectsJson() as Array<{ ip: string; label: string | null }>).map((r) => [r.ip, r.label]));
      for (const [a, label] of cases) expect(got.get(a), a).toBe(label);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});

import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { sqlString } from '../../../sql/sqlString';
import { Rng } from '../../../testing/scenarios/Rng';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase } from '../../../testing/withTempCase';
import { clientIpSql } from './clientIpSql';

/**
 * The independent reference: Node's own IPv6 parser and WHATWG URL serialiser (RFC 5952 form: lower case, no leading
 * zeros, the first longest run of two or more zero groups as `::`), the zone id dropped first, an IPv4-mapped address
 * (which the URL serialiser writes in hex, `::ffff:cb00:7105`) read as its IPv4 address; no IPv6 address → as written.
 */
function reference(written: string): string {
  const address = written.split('%')[0] as string;
  if (!net.isIPv6(address)) return written;
  const host = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (!mapped) return host;
  const [hi, lo] = [parseInt(mapped[1] as string, 16), parseInt(mapped[2] as string, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** A group as an exporter may write it: hex, maybe padded with leading zeros, each digit in either case. */
function writeGroup(r: Rng, value: number): string {
  const hex = value.toString(16).padStart(r.chance(0.3) ? 4 : 1, '0');
  return [...hex].map((ch) => (r.chance(0.3) ? ch.toUpperCase() : ch)).join('');
}

/** Eight groups written in full, or with one run of zero groups (any length, any position) as `::`. */
function writeAddress(r: Rng, groups: number[]): string {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < 8; i++) if (groups[i] === 0 && (i === 0 || groups[i - 1] !== 0)) runs.push([i, groups.slice(i).findIndex((g) => g !== 0) === -1 ? 8 - i : groups.slice(i).findIndex((g) => g !== 0)]);
  const text = groups.map((g) => writeGroup(r, g));
  if (runs.length === 0 || r.chance(0.3)) return text.join(':');
  const [start, length] = r.pick(runs);
  const from = start + r.int(0, length - 1);
  const to = r.int(from + 1, start + length);
  return `${text.slice(0, from).join(':')}::${text.slice(to).join(':')}`;
}

/** Every pattern of zero groups (all 256), each other group random, plus mapped IPv4, embedded IPv4, zone ids and non-addresses; then each one's canonical IPv6 form, which must be kept. */
function generated(): string[] {
  const r = new Rng(5952);
  const out: string[] = [];
  for (let mask = 0; mask < 256; mask++) {
    for (let k = 0; k < 4; k++) out.push(writeAddress(r, Array.from({ length: 8 }, (_, i) => ((mask >> i) & 1 ? 0 : r.chance(0.2) ? r.int(1, 15) : r.int(1, 0xffff)))));
  }
  const v4 = () => Array.from({ length: 4 }, () => r.pick([0, 1, 9, 10, 99, 100, 199, 255, r.int(0, 255)])).join('.');
  for (let k = 0; k < 200; k++) {
    const prefix = r.pick(['::ffff:', '::FFFF:', '0:0:0:0:0:ffff:', '0000:0000:0000:0000:0000:FFFF:', '::0:ffff:', '64:ff9b::', '::', '::ffff:0:', '1:2:3:4:5:6:']);
    out.push(prefix + v4());
    out.push(writeAddress(r, [0, 0, 0, 0, 0, 0xffff, r.int(0, 0xffff), r.int(0, 0xffff)]));
    out.push(`${writeAddress(r, [0xfe80, 0, 0, 0, r.int(0, 0xffff), r.int(0, 0xffff), 0, r.int(1, 0xffff)])}%${r.pick(['eth0', '1', 'en0', 'Ethernet'])}`);
  }
  out.push('::', '::1', '1::', '::ffff:256.1.1.1', '::ffff:01.2.3.4', '::ffff:1.2.3', '1:2:3:4:5:6:7:8:9', '1:::2', 'g::1', '12345::1', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1::2::3');
  out.push('HOST:Name', 'host.example:8080', 'fe80::1%', 'urn:example:x', 'Sub-Domain.Example:443');
  return [...out, ...out.map(reference).filter((v) => v.includes(':'))];
}

describe('one spelling of an IPv6 address, whoever wrote it', () => {
  it('matches Node on every zero-run pattern, case, padding, mapped and embedded IPv4, zone id and non-address, bare and bracketed with a port', async () => {
    const r = new Rng(4291);
    const cases = generated().map((v) => {
      const wrap = r.int(0, 2);
      return { written: wrap === 0 ? v : wrap === 1 ? `[${v}]` : `[${v}]:${r.int(1, 65535)}`, expected: reference(v) };
    });
    expect(cases.length).toBeGreaterThan(2900);
    await withTempCase(async (engine) => {
      const values = cases.map((c, i) => `(${i}, ${sqlString(c.written)})`).join(', ');
      const rows = await sqlOn<{ i: number; ip: string }>(engine, `SELECT i, ${clientIpSql('v')} AS ip FROM (VALUES ${values}) t(i, v) ORDER BY i`);
      const wrong = rows.filter((row) => row.ip !== cases[row.i]?.expected).map((row) => ({ ...cases[row.i], got: row.ip }));
      expect(wrong).toEqual([]);
    });
  });

  it.each([
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['[::FFFF:203.0.113.5]:443', '203.0.113.5'],
    ['::ffff:cb00:7105', '203.0.113.5'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['010.001.002.003', '010.001.002.003'],
    ['WS-01', 'WS-01'],
  ])('stores %j as %j', async (written, stored) => {
    await withTempCase(async (engine) => {
      expect(await sqlOn<{ ip: string }>(engine, `SELECT ${clientIpSql(sqlString(written))} AS ip`)).toEqual([{ ip: stored }]);
    });
  });
});

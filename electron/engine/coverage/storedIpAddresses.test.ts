import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { maskValue } from '../../../shared/mask/maskValue';
import type { Engine } from '../createEngine';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** An address pseudonymised as its MD5, in hex. */
const md5 = (ip: string) => createHash('md5').update(ip).digest('hex');
/** INET_ATON: a dotted IPv4 address as MySQL's unsigned integer. */
const inetAton = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
/** PHP's ip2long on a 32-bit build: the same integer, signed. */
const ip2long32 = (ip: string) => inetAton(ip) | 0;
/** INET6_ATON: 4 bytes for IPv4, 16 for IPv6 (`::` expanded; an IPv4-mapped tail as its 4 bytes). */
function inet6Aton(ip: string): Buffer {
  if (!ip.includes(':')) return Buffer.from(ip.split('.').map(Number));
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  const hex = tail
    ? ip.replace(
        tail,
        inet6Aton(tail)
          .toString('hex')
          .replace(/(.{4})(.{4})/, '$1:$2'),
      )
    : ip;
  const [head = '', rest] = hex.split('::');
  const groups = (s: string | undefined) => (s ? s.split(':') : []);
  const all = [...groups(head), ...Array(8 - groups(head).length - groups(rest).length).fill('0'), ...groups(rest)];
  return Buffer.from(all.map((g) => g.padStart(4, '0')).join(''), 'hex');
}

/**
 * Ten synthetic web-shop accounts (documentation address ranges only). By hand:
 * - last_login_ip (INT UNSIGNED, INET_ATON): NULL on row 4, 0 on row 6 (never logged in: DEFAULT 0), row 7 the same
 *   address as row 1: 9 populated, 8 valid, 8 distinct;
 * - signup_ip (INT, ip2long on 32-bit PHP): 5 negative (198.51.100.x, 203.0.113.x), 5 positive (10.x, 172.16.x): 10, 10, 10;
 * - lastip (VARBINARY(16), INET6_ATON): NULL on row 5; 6 IPv6 (2001:db8::/32, fe80::1, an IPv4-mapped one) and 3 IPv4: 9, 9, 9;
 * - order_count (INT UNSIGNED, the control): 0 twice, 10 populated, 9 distinct; customer_no (9 digits, in the integer
 *   range of an address, under a header naming no IP): 10 distinct.
 */
const accounts = [
  { last: '192.0.2.10', signup: '198.51.100.1', lastip: '2001:db8::1', orders: 3 },
  { last: '192.0.2.11', signup: '10.0.0.2', lastip: '192.0.2.11', orders: 0 },
  { last: '198.51.100.7', signup: '203.0.113.3', lastip: '2001:db8:0:1::a', orders: 12 },
  { last: null, signup: '10.0.0.4', lastip: '198.51.100.7', orders: 1 },
  { last: '203.0.113.200', signup: '198.51.100.5', lastip: null, orders: 7 },
  { last: '0.0.0.0', signup: '172.16.0.6', lastip: 'fe80::1', orders: 0 },
  { last: '192.0.2.10', signup: '203.0.113.7', lastip: '2001:db8::7', orders: 25 },
  { last: '198.51.100.8', signup: '10.0.0.8', lastip: '203.0.113.8', orders: 4 },
  { last: '203.0.113.9', signup: '198.51.100.9', lastip: '::ffff:192.0.2.9', orders: 2 },
  { last: '192.0.2.200', signup: '203.0.113.10', lastip: '2001:db8::a', orders: 9 },
].map((a, i) => ({ ...a, id: i + 1, email: `person${i + 1}@example.com`, customerNo: 300_000_000 + (i + 1) * 7919 }));

const expected = {
  last_login_ip: { dataClass: 'IP addresses', populated: 0.9, valid: 8 / 9, distinct: 8 },
  signup_ip: { dataClass: 'IP addresses', populated: 1, valid: 1, distinct: 10 },
  lastip: { dataClass: 'IP addresses', populated: 0.9, valid: 1, distinct: 9 },
};

const mysql8Head = '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n/*!50503 SET NAMES utf8mb4 */;\n';
const mariadbHead = '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n/*!40101 SET NAMES utf8mb4 */;\n';
const create = `CREATE TABLE \`users\` (
  \`id\` int unsigned NOT NULL AUTO_INCREMENT,
  \`email\` varchar(191) NOT NULL,
  \`customer_no\` int unsigned NOT NULL,
  \`order_count\` int unsigned NOT NULL DEFAULT '0',
  \`last_login_ip\` int unsigned DEFAULT NULL,
  \`signup_ip\` int NOT NULL,
  \`lastip\` varbinary(16) DEFAULT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
`;

/** A binary value as mysqldump writes it: `--hex-blob` as 0x and upper-case digits, else the raw bytes escaped by mysql_real_escape_string. */
function binaryLiteral(bytes: Buffer, form: 'hexBlob' | 'mysql8' | 'mariadb'): Buffer {
  if (form === 'hexBlob') return Buffer.from(`0x${bytes.toString('hex').toUpperCase()}`);
  const escapes: Record<number, string> = { 0: '\\0', 0x27: "\\'", 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x1a: '\\Z' };
  const body = Buffer.concat([...bytes].map((b) => (escapes[b] ? Buffer.from(escapes[b]) : Buffer.from([b]))));
  return Buffer.concat([Buffer.from(form === 'mysql8' ? "_binary '" : "'"), body, Buffer.from("'")]);
}

/** The accounts as one mysqldump file: one extended INSERT, integers bare, `lastip` in the given binary form. */
function dump(head: string, form: 'hexBlob' | 'mysql8' | 'mariadb'): Buffer {
  const rows = accounts.map((a) =>
    Buffer.concat([
      Buffer.from(`(${a.id},'${a.email}',${a.customerNo},${a.orders},${a.last === null ? 'NULL' : inetAton(a.last)},${ip2long32(a.signup)},`),
      a.lastip === null ? Buffer.from('NULL') : binaryLiteral(inet6Aton(a.lastip), form),
      Buffer.from(')'),
    ]),
  );
  const values = rows.flatMap((r, i) => (i === 0 ? [r] : [Buffer.from(','), r]));
  return Buffer.concat([
    Buffer.from(`${head}${create}LOCK TABLES \`users\` WRITE;\nINSERT INTO \`users\` VALUES `),
    ...values,
    Buffer.from(';\nUNLOCK TABLES;\n'),
  ]);
}

/** Loads a leak file and returns its coverage and source id. */
async function covered(engine: Engine, file: string): Promise<{ cov: SourceCoverageDto; id: number }> {
  const s = await engine.service.addSource({ path: file, kind: 'leak' });
  const [cov] = await engine.service.coverage({ sourceId: s.id });
  if (!cov) throw new Error('no coverage');
  return { cov, id: s.id };
}

const fieldsOf = (cov: SourceCoverageDto) =>
  Object.fromEntries(cov.fields.map(({ column, dataClass, populated, valid, distinct }) => [column, { dataClass, populated, valid, distinct }]));

describe('IP addresses a leak stores as numbers or bytes (docs/coverage-scenarios.md)', () => {
  it('INT UNSIGNED, ip2long and INET6_ATON columns of a mysqldump are IP addresses in MySQL 8 and MariaDB forms, with and without --hex-blob', async () => {
    await withTempCase(async (engine, { work }) => {
      const forms = {
        mysql8HexBlob: dump(mysql8Head, 'hexBlob'),
        mysql8: dump(mysql8Head, 'mysql8'),
        mariadb: dump(mariadbHead, 'mariadb'),
        mariadbHexBlob: dump(mariadbHead, 'hexBlob'),
      };
      for (const [name, bytes] of Object.entries(forms)) {
        const { cov, id } = await covered(engine, writeInput(work, `${name}.sql`, bytes));
        expect(cov, name).toMatchObject({ rows: 10, subjectColumn: 'email', subjects: 10 });
        const fields = fieldsOf(cov);
        expect(fields, name).toMatchObject(expected);
        // The controls: integers in an address's range under headers naming no IP stay what they were.
        expect(fields.customer_no?.dataClass, name).toBe('Identifiers');
        expect(fields.order_count?.dataClass, name).not.toBe('IP addresses');
        // An IPv6 address has an MD5's length: no password census for it.
        expect(cov.passwordHashes, name).toEqual([]);
        const lastip = await sqlOn<{ lastip: string }>(engine, `SELECT lastip FROM leak_${id} WHERE id = '1' OR id = '2' ORDER BY id`);
        expect(
          lastip.map((r) => r.lastip),
          name,
        ).toEqual(['20010db8000000000000000000000001', 'c000020b']);
      }
    });
  });

  it('a CSV of INET_ATON integers and hex (with or without 0x) under IP headers, not an integer column without one; the report and exports give the same figures', async () => {
    await withTempCase(async (engine, { work }) => {
      const hexOf = (ip: string, i: number) => `${i % 2 === 0 ? '0x' : ''}${inet6Aton(ip).toString('hex').toUpperCase()}`;
      const lines = accounts.map((a, i) =>
        [
          a.email,
          a.last === null ? '' : inetAton(a.last),
          a.lastip === null ? '' : hexOf(a.lastip, i),
          ip2long32(a.signup),
          a.orders,
          a.customerNo,
          md5(a.signup),
          (a.orders + 1) * 137,
        ].join(','),
      );
      const file = writeInput(work, 'shop.csv', `email,ip,lastloginip,signup_ip,order_count,customer_no,ip_md5,ip_count\n${lines.join('\n')}\n`);
      const { cov } = await covered(engine, file);
      const fields = fieldsOf(cov);
      expect(fields).toMatchObject({
        ip: expected.last_login_ip,
        lastloginip: expected.lastip,
        signup_ip: expected.signup_ip,
        customer_no: { dataClass: 'Identifiers' },
      });
      expect(fields.order_count?.dataClass).not.toBe('IP addresses');
      expect(cov.fields.find((f) => f.column === 'lastloginip')?.hint).toBe('IP addresses');
      // An MD5 of each address has an IPv6 address's 32 hex digits, but mostly outside the ranges addresses are used in: still a digest.
      expect(fields.ip_md5?.dataClass).toBe('IP addresses (encrypted)');
      // Counts under a word holding `ip` are no addresses: integers in 0.0.0.0/8 are left out.
      expect(fields.ip_count).toMatchObject({ populated: 1, distinct: 9 });
      expect(fields.ip_count?.dataClass).not.toBe('IP addresses');

      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      const json = JSON.parse(fs.readFileSync((await engine.service.writeReport({ format: 'json', outPath: path.join(out, 'r.json') })).outPath, 'utf8'));
      expect(json.summary.dataClasses).toContain('IP addresses');
      const md = fs.readFileSync((await engine.service.writeReport({ format: 'md', outPath: path.join(out, 'r.md') })).outPath, 'utf8');
      for (const column of ['ip', 'lastloginip']) expect(md).toContain(`| shop.csv | ${column} | IP addresses | 90.0% |`);
      expect(md).toContain('| shop.csv | signup\\_ip | IP addresses | 100.0% |');
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(out, 'r.html') })).outPath, 'utf8');
      expect(html).toMatch(/<tr><td>ip<\/td><td>IP addresses<\/td><td>IP addresses<\/td><td[^>]*>90\.0%<\/td><td[^>]*>88\.9%<\/td><td[^>]*>8<\/td><\/tr>/);
    });
  });

  it('a pg_dump: inet text and a bigint of INET_ATON values under IP headers', async () => {
    await withTempCase(async (engine, { work }) => {
      const copy = accounts.map((a) => [a.email, a.lastip ?? '\\N', inetAton(a.signup)].join('\t'));
      const text = [
        '--',
        '-- PostgreSQL database dump',
        '--',
        "SET client_encoding = 'UTF8';",
        'CREATE TABLE public.users (',
        '    email character varying(255),',
        '    last_sign_in_ip inet,',
        '    signup_ip bigint',
        ');',
        'COPY public.users (email, last_sign_in_ip, signup_ip) FROM stdin;',
        ...copy,
        '\\.',
        '',
      ].join('\n');
      const { cov } = await covered(engine, writeInput(work, 'shop.sql', text));
      expect(fieldsOf(cov)).toMatchObject({
        last_sign_in_ip: { dataClass: 'IP addresses', populated: 0.9, valid: 1, distinct: 9 },
        signup_ip: { dataClass: 'IP addresses', populated: 1, valid: 1, distinct: 10 },
      });
    });
  });

  it('masks a numeric or hex IP column through the Api as an IP column, clear only through the audited reveal', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = accounts.map((a) =>
        [a.email, a.last === null ? '' : inetAton(a.last), a.lastip === null ? '' : inet6Aton(a.lastip).toString('hex')].join(','),
      );
      const { id } = await covered(engine, writeInput(work, 'shop.csv', `email,last_ip,reg_ip\n${lines.join('\n')}\n`));
      const table = `leak_${id}`;
      const page = await engine.api.tablePage({ table, limit: 10 });
      const at = (name: string) => page.columns.findIndex((c) => c.name === name);
      for (const name of ['last_ip', 'reg_ip']) expect(page.columns[at(name)], name).toMatchObject({ dataClass: 'IP addresses', masked: true });
      const clear = await sqlOn<{ last_ip: string | null; reg_ip: string | null }>(engine, `SELECT last_ip, reg_ip FROM ${table} ORDER BY _line`);
      const shown = page.rows.map((r) => ({ last_ip: r[at('last_ip')], reg_ip: r[at('reg_ip')] }));
      for (const [i, row] of shown.entries()) {
        for (const name of ['last_ip', 'reg_ip'] as const) {
          const v = clear[i]?.[name] ?? null;
          expect(row[name], `${name} row ${i + 1}`).toBe(v === null ? null : `${maskValue(v, 'initial')}#${row[name]?.slice(-6)}`);
          expect(row[name]).not.toBe(v === null ? undefined : v);
        }
      }
      const facet = await engine.api.columnFacet({ table, column: 'last_ip' });
      expect(facet).toMatchObject({ dataClass: 'IP addresses', masked: true });
      for (const f of facet.values) expect(f.value === null || /^([0-9]\*+|\*)#[0-9a-f]{6}$/.test(f.value)).toBe(true);

      const audits = async () => (await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'reveal_pii'`))[0]?.n ?? 0;
      const before = await audits();
      const revealed = await engine.api.tablePage({ table, limit: 10, reveal: true });
      expect(revealed.rows.map((r) => ({ last_ip: r[at('last_ip')], reg_ip: r[at('reg_ip')] }))).toEqual(clear);
      expect(await audits()).toBe(before + 1);
    });
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';

const apache = corpusFile('apache_access_combined', 'apache_logs');
const s3access = corpusFile('aws_s3_server_access_log', 'test-s3-server-access.log');
const zeek = corpusFile('zeek_conn_log', 'NASHUA_conn.log');

describe('Apache / Nginx combined access log', () => {
  it('loads every request of the corpus file with %b as bytes ("-" as 0) and the client as user', async () => {
    await withTempCase(async (engine) => {
      const lines = fs.readFileSync(apache, 'utf8').split('\n').filter((l) => l.trim() !== '');
      const sizes = lines.map((l) => /" \d{3} (\d+|-)/.exec(l)?.[1]);
      const bytes = sizes.reduce((sum, b) => sum + (b && b !== '-' ? Number(b) : 0), 0);
      const ips = new Set(lines.map((l) => l.split(' ')[0]));
      expect(sizes.filter((b) => b === '-')).toHaveLength(610);
      expect(ips.size).toBe(1499);
      expect((await engine.service.detectSource({ path: apache, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: apache, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 8424, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 8424, bytes, noBytes: 0, users: 1499 });
      const [first] = await sqlOn<{ u: string; a: string; o: string; t: string; b: number }>(
        engine,
        `SELECT "user" AS u, action AS a, object AS o, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, bytes::INTEGER AS b FROM transfer ORDER BY raw_ref LIMIT 1`,
      );
      expect(first).toEqual({ u: '83.149.9.216', a: 'GET 200', o: '/presentations/logstash-monitorama-2013/images/kibana-search.png', t: '2015-05-17 10:05:03', b: 203023 });
    });
  });

  it('keeps an authenticated %u, honours offsets, and rejects a broken line by number', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'access.log',
        [
          '10.0.0.5 - alice [01/Mar/2024:10:00:00 +0100] "GET /export.zip HTTP/1.1" 200 5000000 "-" "curl/8"',
          '10.0.0.6 - - [01/Mar/2024:10:00:01 +0000] "POST /login HTTP/1.1" 302 - "-" "-"',
          '10.0.0.7 - - 01/Mar/2024 "GET / HTTP/1.1" 200 12',
        ].join('\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/access\.log line 3: expected an access log line/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      const rows = await sqlOn<{ u: string; t: string; b: number }>(engine, `SELECT "user" AS u, strftime(ts, '%H:%M:%S') AS t, bytes::INTEGER AS b FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: s.id });
      expect(rows).toEqual([
        { u: 'alice', t: '09:00:00', b: 5000000 },
        { u: '10.0.0.6', t: '10:00:01', b: 0 },
      ]);
    });
  });
});

describe('access logs led by a virtual host', () => {
  it('loads Apache vhost_combined and nginx $host lines beside plain ones, and names the real cause of a reject', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        'www.example.org:443 203.0.113.5 - - [01/Mar/2024:10:00:00 +0000] "GET /a.zip HTTP/1.1" 200 1000 "-" "curl/8"',
        'shop.example.org 203.0.113.6 - bob [01/Mar/2024:10:00:01 +0000] "GET /b.csv HTTP/2.0" 200 2000 "-" "Mozilla/5.0"',
        '203.0.113.7 - - [01/Mar/2024:10:00:02 +0000] "GET /c HTTP/1.1" 304 - "-" "-"',
        'www.example.org:80 203.0.113.8 - - 01/Mar/2024 "GET / HTTP/1.1" 200 12',
        'www.example.org:80 203.0.113.9 - - [01/Mar/2024:10:00:03 +0000] GET / HTTP/1.1 200 1',
      ];
      const file = writeInput(work, 'other_vhosts_access.log', lines.join('\n') + '\n');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 2 });
      const rows = await sqlOn<{ u: string; o: string; b: number; ip: string }>(
        engine,
        `SELECT "user" AS u, object AS o, bytes::INTEGER AS b, ip FROM transfer ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: '203.0.113.5', o: 'www.example.org/a.zip', b: 1000, ip: '203.0.113.5' },
        { u: 'bob', o: 'shop.example.org/b.csv', b: 2000, ip: '203.0.113.6' },
        { u: '203.0.113.7', o: '/c', b: 0, ip: '203.0.113.7' },
      ]);
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([
        [4, 'expected an access log line ([vhost] client ident user [time] "request" status bytes): no [dd/Mon/yyyy:HH:MM:SS +zzzz] time'],
        [5, 'expected an access log line ([vhost] client ident user [time] "request" status bytes): no quoted "request" after the time'],
      ]);
    });
  });
});

describe('S3 server access log', () => {
  it('loads the corpus lines with bytes_sent per requester', async () => {
    await withTempCase(async (engine) => {
      const lines = fs.readFileSync(s3access, 'utf8').split('\n').filter((l) => l.trim() !== '');
      const fields = lines.map((l) => /^\S+ \S+ \[[^\]]+\] (\S+) (\S+) \S+ \S+ \S+ (?:"[^"]*"|-) \S+ \S+ (\S+)/.exec(l));
      expect(fields.every((f) => f !== null)).toBe(true);
      const bytes = fields.reduce((sum, f) => sum + (f?.[3] === '-' ? 0 : Number(f?.[3])), 0);
      const users = new Set(fields.map((f) => (f?.[2] !== '-' ? f?.[2] : f?.[1])));
      expect((await engine.service.detectSource({ path: s3access, kind: 'transfer' })).format).toBe('s3-server-access-log');
      const s = await engine.service.addSource({ path: s3access, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 10, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 10, bytes, noBytes: 0, users: users.size });
      const ops = await sqlOn<{ a: string }>(engine, `SELECT DISTINCT action AS a FROM transfer ORDER BY a`);
      expect(ops.map((o) => o.a)).toEqual(expect.arrayContaining(['REST.GET.LOCATION', 'REST.PUT.OBJECT', 'S3.EXPIRE.OBJECT']));
    });
  });

  it('rejects a non-numeric bytes_sent naming file and line', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = 'abc bucket [01/Aug/2019:00:24:41 +0000] 192.0.2.1 arn:aws:iam::1:user/bob REQ1 REST.GET.OBJECT secret.csv "GET /bucket/secret.csv HTTP/1.1" 200 - 1234 1234 5 4 "-" "aws-cli/2" -';
      const file = writeInput(work, 's3.log', [good, good.replace(' 1234 1234 ', ' many 1234 ')].join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/s3\.log line 2: expected a whole number in bytes_sent/);
    });
  });
});

describe('Zeek conn.log', () => {
  it('loads the JSON corpus file: orig_bytes as the upload, NULL where Zeek left it out', async () => {
    await withTempCase(async (engine) => {
      const records = fs
        .readFileSync(zeek, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as { orig_bytes?: number; id_orig_h: string });
      const withBytes = records.filter((r) => r.orig_bytes !== undefined);
      const bytes = withBytes.reduce((sum, r) => sum + (r.orig_bytes ?? 0), 0);
      expect(records.length - withBytes.length).toBe(18);
      expect((await engine.service.detectSource({ path: zeek, kind: 'transfer' })).format).toBe('zeek-conn-json');
      const s = await engine.service.addSource({ path: zeek, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 479, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 479, bytes, noBytes: 18, users: new Set(records.map((r) => r.id_orig_h)).size });
      const [max] = await sqlOn<{ b: number; t: string }>(engine, `SELECT max(bytes)::INTEGER AS b, strftime(min(ts), '%Y-%m-%d %H:%M:%S') AS t FROM transfer`);
      expect(max).toEqual({ b: 4261160, t: '2020-04-30 00:06:39' });
    });
  });

  it('loads the native TSV form by its #fields header and rejects a short line by number', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = [
        '#separator \\x09',
        '#set_separator\t,',
        '#empty_field\t(empty)',
        '#unset_field\t-',
        '#path\tconn',
        '#open\t2024-03-01-10-00-00',
        '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state',
        '#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring',
      ];
      const rows = [
        '1709287200.123456\tC1\t10.1.1.5\t50000\t203.0.113.9\t443\ttcp\tssl\t12.5\t40000000\t5000\tSF',
        '1709287260.000000\tC2\t10.1.1.6\t50001\t203.0.113.9\t53\tudp\t-\t-\t-\t-\tS0',
      ];
      const file = writeInput(work, 'conn.log', [...header, ...rows, '#close\t2024-03-01-11-00-00'].join('\n') + '\n');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('zeek-conn-tsv');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      const got = await sqlOn<{ u: string; b: number | null; a: string; o: string; ref: number; t: string }>(
        engine,
        `SELECT "user" AS u, bytes::INTEGER AS b, action AS a, object AS o, raw_ref::INTEGER AS ref, strftime(ts, '%H:%M:%S') AS t FROM transfer ORDER BY raw_ref`,
      );
      expect(got).toEqual([
        { u: '10.1.1.5', b: 40000000, a: 'ssl', o: '203.0.113.9:443', ref: 9, t: '10:00:00' },
        { u: '10.1.1.6', b: null, a: 'udp', o: '203.0.113.9:53', ref: 10, t: '10:01:00' },
      ]);
      const bad = writeInput(work, 'conn-bad.log', [...header, rows[0], '1709287260.0\tC3\t10.1.1.7'].join('\n') + '\n');
      await expect(engine.service.addSource({ path: bad, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/conn-bad\.log line 10: expected 12 tab-separated fields as the #fields header says/);
    });
  });
});

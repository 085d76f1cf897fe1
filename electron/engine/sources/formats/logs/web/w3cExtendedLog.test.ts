import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

// The corpus figures were counted by hand from the files (see iis_w3c_log/SOURCE.md), not taken from Breachdesk.

describe('W3C extended request logs: Microsoft IIS, Amazon CloudFront', () => {
  it.each([
    // file, entries, summed sc-bytes, entries without sc-bytes, users (c-ip where cs-username is "-")
    ['iis6.log', 12, 0, 12, 3],
    ['iis10_edge_cases.log', 15, 0, 15, 7],
    ['iis_without_date.log', 11, 0, 11, 2],
    ['access-full.log', 1, 123, 0, 1],
    ['access-azure.log', 1, 123, 0, 1],
  ])('iis_w3c_log/%s loads every entry: %i requests, %i bytes, %i without sc-bytes, %i users', async (name, rows, bytes, noBytes, users) => {
    await withTempCase(async (engine) => {
      const file = corpusFile('iis_w3c_log', name);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('w3c-extended-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: rows, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows, bytes, noBytes, users });
    });
  });

  it('loads the tab-separated CloudFront log (11 entries, 54,661 bytes, 3 clients) and rejects its short last entry by line and field count', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('aws_cloudfront_log', 'test-cloudfront.log');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('w3c-extended-log');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /test-cloudfront\.log line 14: expected 33 tab-separated fields as the #Fields directive of line 2 names, found 31/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 11, rowsRejected: 1 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 11, bytes: 54661, noBytes: 0, users: 3 });
      const [first] = await sqlOn<{ t: string; o: string; a: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, object AS o, action AS a FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref LIMIT 1`,
        { sourceId: s.id },
      );
      expect(first).toEqual({ t: '2019-12-04 21:02:31', o: 'd111111abcdef8.cloudfront.net/index.html', a: 'GET 200' });
    });
  });

  it('takes the day from the #Date directive when no date field is logged, and reads the time as UTC', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('iis_w3c_log', 'iis_without_date.log'), kind: 'transfer' });
      const [first] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref LIMIT 1`, { sourceId: s.id });
      expect(first?.t).toBe('2013-07-30 00:00:00');
    });
  });

  it('keeps the logged user, the client address and the request of an entry with two spaces before cs-username', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('iis_w3c_log', 'iis10_edge_cases.log'), kind: 'transfer' });
      const rows = await sqlOn<{ u: string; ip: string; a: string; o: string }>(
        engine,
        `SELECT "user" AS u, ip, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows[2]).toMatchObject({ u: 'random\\ranuser1', ip: '10.10.10.10', a: 'POST 200' });
      expect(rows[2]?.o).toMatch(/^\/powershell\?clientApplication=ActiveMonitor;/);
      expect(rows[6]).toMatchObject({ u: 'RanDomain\\EX04$', a: 'RPC_IN_DATA 200' });
    });
  });

  it('reads a #Fields directive first in the file behind a byte-order mark, follows one that changes mid-file, drops an IPv6 zone index, and rejects an entry by its line and field count', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'u_ex240301.log',
        [
          '\uFEFF#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status time-taken',
          '2024-03-01 10:00:00 10.0.0.1 GET /a - 443 CORP\\alice 203.0.113.5 curl/8 200 15',
          '#Software: Microsoft Internet Information Services 10.0',
          '#Version: 1.0',
          '#Date: 2024-03-01 11:00:00',
          '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs-host sc-status sc-bytes time-taken',
          '2024-03-01 11:00:01 10.0.0.1 GET /export.zip id=7 443 - fe80::1%3 curl/8 files.example.org 200 5000000 90',
          '2024-03-01 11:00:02 10.0.0.1 GET /b - 443 - 203.0.113.6 200 12 3',
        ].join('\r\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /u_ex240301\.log line 8: expected 14 space-separated fields as the #Fields directive of line 6 names, found 12/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      const rows = await sqlOn<{ t: string; u: string; ip: string; b: number | null; a: string; o: string }>(
        engine,
        `SELECT strftime(ts, '%H:%M:%S') AS t, "user" AS u, ip, bytes::INTEGER AS b, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '10:00:00', u: 'CORP\\alice', ip: '203.0.113.5', b: null, a: 'GET 200', o: '/a' },
        { t: '11:00:01', u: 'fe80::1', ip: 'fe80::1', b: 5000000, a: 'GET 200', o: 'files.example.org/export.zip?id=7' },
      ]);
    });
  });

  it('detects a log whose only #Fields directive is its first line, behind a byte-order mark', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'bom.log', '\uFEFF#Fields: date time c-ip cs-username cs-method cs-uri-stem sc-status sc-bytes\r\n2024-03-01 10:00:00 203.0.113.5 - GET /a 200 10\r\n');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'w3c-extended-log', rowsLoaded: 1, rowsRejected: 0 });
    });
  });

  it('does not take a Windows Firewall log, also W3C with #Fields, for a request log: it is refused by name', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'pfirewall.log',
        [
          '#Version: 1.5',
          '#Software: Microsoft Windows Firewall',
          '#Time Format: Local',
          '#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path',
          '2024-03-01 10:00:00 ALLOW TCP 10.0.0.5 10.0.0.1 50000 443 0 - 0 0 0 - - - SEND',
        ].join('\r\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'transfer' })).rejects.toThrow(/pfirewall\.log line 1: is a Windows Firewall log/);
    });
  });
});

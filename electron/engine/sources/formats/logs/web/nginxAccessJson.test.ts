import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

// The figures were counted by hand from the files (see nginx_access_json/SOURCE.md), not taken from Breachdesk.

/** The one transfer row of a source, as the assertions read it. */
async function rowsOf(engine: Parameters<typeof transferTally>[0], sourceId: number) {
  return sqlOn<{ t: string; u: string; ip: string; b: number; a: string; o: string }>(
    engine,
    `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, "user" AS u, ip, bytes::INTEGER AS b, action AS a, object AS o
     FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
    { sourceId },
  );
}

describe('nginx access log, JSON lines', () => {
  it.each([
    // file, the row it holds: observIQ's documented format keeps nginx's variable names, ayano's USTC mirror format renames them
    ['observiq-access.json.log', { t: '2021-02-25 21:20:01.000', u: '10.33.104.40', ip: '10.33.104.40', b: 178, a: 'GET 404', o: '/about-us?app=prod&user=james&app=stage' }],
    ['ayano-ngx-json.log', { t: '2023-03-11 16:15:32.293', u: '123.45.67.8', ip: '123.45.67.8', b: 3009, a: 'GET 200', o: 'example.com/path/to/a/file' }],
  ])('nginx_access_json/%s is detected and loads its request', async (name, row) => {
    await withTempCase(async (engine) => {
      const file = corpusFile('nginx_access_json', name);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('nginx-access-json');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      expect(await rowsOf(engine, s.id)).toEqual([row]);
    });
  });

  it('reads $time_local in brackets, $msec, a $remote_user and $bytes_sent when no body count is logged', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        { time: '[08/Apr/2024:12:17:58 +0200]', remote_addr: '192.0.2.7', remote_user: '', request: 'GET /report.pdf HTTP/1.1', status: '200', bytes_sent: '5242880', http_user_agent: 'curl/8.5.0' },
        { msec: '1712578678.125', remote_addr: '2001:db8::5', remote_user: 'alice', request_method: 'POST', request_uri: '/upload', host: 'files.example.com', status: 201, body_bytes_sent: 12 },
      ];
      const file = writeInput(work, 'access.json', lines.map((l) => JSON.stringify(l)).join('\n'));
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('nginx-access-json');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 5242892, noBytes: 0, users: 2 });
      expect(await rowsOf(engine, s.id)).toEqual([
        { t: '2024-04-08 10:17:58.000', u: '192.0.2.7', ip: '192.0.2.7', b: 5242880, a: 'GET 200', o: '/report.pdf' },
        { t: '2024-04-08 12:17:58.125', u: 'alice', ip: '2001:db8::5', b: 12, a: 'POST 201', o: 'files.example.com/upload' },
      ]);
    });
  });

  it('refuses, by file and line, a log_format without a byte count, and records without a time or an address, naming the keys looked for', async () => {
    await withTempCase(async (engine, { work }) => {
      const noSize = { time_local: '08/Apr/2024:12:17:58 +0000', remote_addr: '192.0.2.7', request: 'GET / HTTP/1.1', status: '200', http_user_agent: 'curl/8.5.0' };
      const file = writeInput(work, 'nosize.json', [noSize, noSize].map((l) => JSON.stringify(l)).join('\n'));
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('nginx-access-json');
      await expect(engine.service.addSource({ path: file, kind: 'transfer' })).rejects.toThrow(
        /nosize\.json line 1: expected a byte count under body_bytes_sent \(or bytes_sent, body_bytes, size, bytes, length\), found none/,
      );
      const good = { ...noSize, body_bytes_sent: '10' };
      const { time_local: _t, ...noTime } = good;
      const { remote_addr: _a, ...noAddress } = good;
      const mixed = writeInput(work, 'mixed.json', [good, noTime, noAddress, { ...good, body_bytes_sent: 'ten' }, good].map((l) => JSON.stringify(l)).join('\n'));
      const s = await engine.service.addSource({ path: mixed, kind: 'transfer', maxRejectShare: 0.8 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 3 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([
        [2, 'expected a time under time_iso8601 (or time_local, msec, @timestamp, timestamp, time, date), found none'],
        [3, 'expected a client address under remote_addr (or client_ip, clientip, remote_ip, remote, ip), found none'],
        [4, 'expected a whole number of bytes in the byte count'],
      ]);
    });
  });
});

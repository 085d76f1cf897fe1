import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const sample = corpusFile('caddy_access_json_crowdsec', 'caddy-logs.log');

// The figures were counted by hand from the file (see caddy_access_json_crowdsec/SOURCE.md), not taken from Breachdesk.

describe('Caddy access log, JSON', () => {
  it("loads CrowdSec's 10 access records, skips and counts the reverse proxy's record, the user Bob where basic auth named him", async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'transfer' })).format).toBe('caddy-access-json');
      const s = await engine.service.addSource({ path: sample, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 10, rowsRejected: 0, rowsSkipped: 1 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 10, bytes: 18630, noBytes: 0, users: 3 });
      const rows = await sqlOn<{ t: string; u: string; ip: string; a: string; o: string; b: number }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, "user" AS u, ip, action AS a, object AS o, bytes::INTEGER AS b
         FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows[0]).toEqual({ t: '2023-09-04 15:19:51.756', u: '127.0.0.1', ip: '127.0.0.1', a: 'GET 0', o: '127.0.0.1:8080/', b: 0 });
      expect(rows[3]).toMatchObject({ u: '172.17.0.1', ip: '172.17.0.1' });
      expect(rows[7]).toMatchObject({ t: '2024-03-29 19:49:58.039', a: 'GET 401', o: 'localhost:9080/' });
      expect(rows[9]).toEqual({ t: '2024-03-29 19:51:04.947', u: 'Bob', ip: '127.0.0.1', a: 'GET 200', o: 'localhost:9080/', b: 18630 });
    });
  });

  it("loads lnav's mirror log: 4 requests, 252148 bytes, each per the forwarded client, not the proxy", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('caddy_access_json_lnav', 'logfile_caddy_log.1');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('caddy-access-json');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 4, bytes: 252148, noBytes: 0, users: 4 });
      const rows = await sqlOn<{ t: string; u: string; ip: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, "user" AS u, ip FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect([rows[0], rows[3]]).toEqual([
        { t: '2024-05-26 11:42:52.601', u: '10.10.10.117', ip: '10.10.10.117' },
        { t: '2024-05-26 14:16:03.414', u: '240e:1:1::1234', ip: '240e:1:1::1234' },
      ]);
    });
  });

  it("loads lnav's docker compose logs output, each line led by caddy  | , its 35 start-up and shutdown records skipped", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('caddy_access_json_lnav', 'logfile_caddy_log.0');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('caddy-access-json');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 35 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 4, bytes: 188, noBytes: 0, users: 1 });
      const [last] = await sqlOn<{ t: string; u: string; a: string; o: string; ref: number }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, "user" AS u, action AS a, object AS o, raw_ref::INTEGER AS ref FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref DESC LIMIT 1`,
        { sourceId: s.id },
      );
      expect(last).toEqual({ t: '2025-10-21 04:12:37.924', u: '172.19.0.1', a: 'GET 200', o: 'localhost/index.html', ref: 39 });
    });
  });

  it('reads the remote address of Caddy before 2.5 without its port, nanosecond and ISO times, and rejects a bad size by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const base = { level: 'info', logger: 'http.log.access.log0', msg: 'handled request', status: 200 };
      const records = [
        { level: 'info', ts: 1711741700.5, logger: 'admin', msg: 'admin endpoint started' },
        { ...base, ts: 1592833155.86084, request: { remote_addr: '[2001:db8::7]:50786', method: 'GET', host: 'files.example.com', uri: '/a.zip' }, user_id: '', size: 2048 },
        { ...base, ts: 1711741864947103000, request: { remote_ip: '198.51.100.9', method: 'POST', host: 'example.com', uri: '/login' }, user_id: 'alice', size: 12 },
        { ...base, ts: '2024-03-29T20:52:00.000+01:00', request: { client_ip: '203.0.113.5', remote_ip: '10.0.0.2', method: 'GET', uri: '/' }, size: 90 },
        { ...base, ts: 1711741980.25, request: { remote_ip: '198.51.100.9', method: 'GET', uri: '/' }, size: 'lots' },
      ];
      const file = writeInput(work, 'caddy.json', records.map((r) => JSON.stringify(r)).join('\n'));
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('caddy-access-json');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/caddy\.json line 5: expected a whole number of bytes in size/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 1, rowsSkipped: 1 });
      const rows = await sqlOn<{ t: string; u: string; ip: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, ip FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '2020-06-22 13:39:15', u: '2001:db8::7', ip: '2001:db8::7' },
        { t: '2024-03-29 19:51:04', u: 'alice', ip: '198.51.100.9' },
        { t: '2024-03-29 19:52:00', u: '203.0.113.5', ip: '203.0.113.5' },
      ]);
      const [reject] = await engine.service.listRejects({ sourceId: s.id });
      expect(reject).toMatchObject({ line: 5 });
    });
  });

  it('rejects by line a record without client or user and a record cut short, counting them', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = { level: 'info', ts: 1711741864.5, logger: 'http.log.access', msg: 'handled request', request: { remote_ip: '192.0.2.4', method: 'GET', uri: '/' }, user_id: '', size: 10, status: 200 };
      const lines = [JSON.stringify(good), JSON.stringify({ ...good, request: { method: 'GET', uri: '/' } }), JSON.stringify(good).slice(0, 60), JSON.stringify(good)];
      const file = writeInput(work, 'access.log', lines.join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 2 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([
        [2, 'expected a client address in request.client_ip or request.remote_ip, or a user in user_id'],
        [3, 'expected a JSON object (one Caddy log record)'],
      ]);
    });
  });

  it('reads the wall and common_log time_formats: wall in UTC as Caddy writes it, in the timezone option when time_local was set; a bad wall time rejected by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const base = { level: 'info', logger: 'http.log.access.log0', msg: 'handled request', request: { remote_ip: '198.51.100.9', method: 'GET', uri: '/' }, user_id: '', status: 200 };
      const times = ['2026/12/07 10:00:01', '2026/12/07 10:00:02.250', '2026/12/07 10:00:03.123456789', '07/Dec/2026:11:00:04 +0100', '2026/13/07 10:00:05'];
      const file = writeInput(work, 'caddy-wall.json', times.map((ts, i) => JSON.stringify({ ...base, ts, size: i + 1 })).join('\n'));
      const query = `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%f') AS t FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`;
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/caddy-wall\.json line 5: expected ts as seconds since 1970 \(.*wall or common_log time\)/);
      const utc = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(utc).toMatchObject({ rowsLoaded: 4, rowsRejected: 1 });
      expect(await sqlOn<{ t: string }>(engine, query, { sourceId: utc.id })).toEqual([
        { t: '2026-12-07 10:00:01.000000' },
        { t: '2026-12-07 10:00:02.250000' },
        { t: '2026-12-07 10:00:03.123456' },
        { t: '2026-12-07 10:00:04.000000' },
      ]);
      const local = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5, options: { timezone: 'Europe/Paris' } });
      expect(await sqlOn<{ t: string }>(engine, query, { sourceId: local.id })).toEqual([
        { t: '2026-12-07 09:00:01.000000' },
        { t: '2026-12-07 09:00:02.250000' },
        { t: '2026-12-07 09:00:03.123456' },
        { t: '2026-12-07 10:00:04.000000' },
      ]);
    });
  });
});

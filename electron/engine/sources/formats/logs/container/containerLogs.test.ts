import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import type { Engine } from '../../../../createEngine';

// The figures were counted by hand from the files (see container_logs/SOURCE.md), not taken from Breachdesk: the same
// nginx output of 30 lines in each wrapping; 5 requests (lines 18, 20-23), 140 358 bytes; 25 start-up, error log and
// shutdown lines.
const compose = corpusFile('container_logs', 'nginx_compose_logs.txt');
const timestamps = corpusFile('container_logs', 'nginx_docker_logs_timestamps.txt');
const jsonFile = corpusFile('container_logs', '7d1c5e0b9a3f42e6b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3-json.log');

/** Bytes per user of a source, summed in SQL. */
async function bytesPerUser(engine: Engine, sourceId: number): Promise<Record<string, number>> {
  const rows = await sqlOn<{ u: string; b: number }>(
    engine,
    `SELECT "user" AS u, sum(bytes)::DOUBLE AS b FROM transfer WHERE source_id = $id GROUP BY ALL ORDER BY ALL`,
    { id: sourceId },
  );
  return Object.fromEntries(rows.map((r) => [r.u, r.b]));
}

/** Time, action and input line of each row, in file order. */
async function rowsOf(engine: Engine, sourceId: number): Promise<Array<{ t: string; a: string; ref: number }>> {
  return sqlOn(
    engine,
    `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, action AS a, raw_ref::INTEGER AS ref FROM transfer WHERE source_id = $id ORDER BY raw_ref`,
    { id: sourceId },
  );
}

/** The rejects of a source: input line and reason. */
async function rejectsOf(engine: Engine, sourceId: number): Promise<Array<{ line: number; reason: string }>> {
  return sqlOn(engine, `SELECT line::INTEGER AS line, reason FROM rejects WHERE source_id = $id ORDER BY line`, { id: sourceId });
}

const nginxRows = [
  { t: '2026-12-07 10:00:03.000', a: 'GET 200', ref: 18 },
  { t: '2026-12-07 10:00:04.000', a: 'GET 404', ref: 20 },
  { t: '2026-12-07 10:01:15.000', a: 'GET 200', ref: 21 },
  { t: '2026-12-07 10:01:16.000', a: 'GET 200', ref: 22 },
  { t: '2026-12-07 10:02:40.000', a: 'POST 302', ref: 23 },
];

describe('access logs as container platforms hand them over', () => {
  it.each([
    ['docker compose logs', compose],
    ['docker logs --timestamps', timestamps],
    ["Docker's json-file driver", jsonFile],
  ])("reads nginx's combined log behind %s: 5 requests, the 25 start-up, error log and shutdown lines skipped", async (_wrapping, file) => {
    await withTempCase(async (engine) => {
      const detected = await engine.service.detectSource({ path: file, kind: 'transfer' });
      expect(detected.format).toBe('combined-access-log');
      expect(detected.notes.join(' ')).toMatch(/a container's output/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 25 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 5, bytes: 140358, noBytes: 0, users: 3 });
      expect(await bytesPerUser(engine, s.id)).toEqual({ '172.18.0.1': 768, alice: 139590, '198.51.100.23': 0 });
      expect(await rowsOf(engine, s.id)).toEqual(nginxRows);
    });
  });

  it('leaves the input file as it was, and reads a rotated json-file Docker compressed (-json.log.1.gz) as its original', async () => {
    await withTempCase(async (engine, { work }) => {
      const before = fs.readFileSync(jsonFile);
      await engine.service.addSource({ path: jsonFile, kind: 'transfer', maxRejectShare: 0 });
      expect(fs.readFileSync(jsonFile).equals(before)).toBe(true);
      const rotated = writeInput(work, 'abc-json.log.1.gz', zlib.gzipSync(before));
      expect((await engine.service.detectSource({ path: rotated, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: rotated, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 25 });
      expect(await rowsOf(engine, s.id)).toEqual(nginxRows);
    });
  });

  it('rejects a truly bad line behind the compose prefix, naming the file and its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = fs.readFileSync(compose, 'utf8').split('\n');
      lines.splice(21, 0, 'nginx-1  | 203.0.113.9 - - [07/Dec/2026:10:01:15 +0000] "GET / HTTP/1.1" 200 lots');
      const file = writeInput(work, 'compose-bad.log', lines.join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /compose-bad\.log line 22: expected an access log line/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 1, rowsSkipped: 25 });
      expect(await rejectsOf(engine, s.id)).toEqual([
        { line: 22, reason: expect.stringMatching(/no status and byte count after the request/) as unknown as string },
      ]);
    });
  });

  it('rejects a json-file line that is no driver record by its line, joins a line Docker split and numbers it by its first piece', async () => {
    await withTempCase(async (engine, { work }) => {
      const record = (log: string, stream = 'stdout') => JSON.stringify({ log, stream, time: '2026-12-07T10:05:00.000000001Z' });
      const text = [
        record('/docker-entrypoint.sh: Configuration complete; ready for start up\n'),
        record('203.0.113.7 - alice [07/Dec/2026:10:05:00 +0000] "GET /export/'),
        record('all.csv HTTP/1.1" 200 7000 "-" "curl/8.5.0" "-"\n'),
        '{"log":"203.0.113.7 - alice [07/Dec/2026:10:05:01 +0000] \\"GET /x HTTP/1.1\\" 200 10',
        record('203.0.113.8 - - [07/Dec/2026:10:05:02 +0000] "GET / HTTP/1.1" 200 20 "-" "curl/8.5.0" "-"\n'),
        record('203.0.113.8 - - [07/Dec/2026:10:05:03 +0000] "GET /a HTTP/1.1" 200 30 "-" "curl/8.5.0" "-"\n'),
        record('203.0.113.8 - - [07/Dec/2026:10:05:04 +0000] "GET /b HTTP/1.1" 200 40 "-" "curl/8.5.0" "-"\n'),
      ].join('\n');
      const file = writeInput(work, 'abc-json.log', `${text}\n`);
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /abc-json\.log line 4: expected an access log line/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 1, rowsSkipped: 1 });
      expect(await bytesPerUser(engine, s.id)).toEqual({ alice: 7000, '203.0.113.8': 90 });
      const rows = await sqlOn<{ o: string; ref: number }>(
        engine,
        `SELECT object AS o, raw_ref::INTEGER AS ref FROM transfer WHERE source_id = $id ORDER BY raw_ref`,
        { id: s.id },
      );
      expect(rows).toEqual([
        { o: '/export/all.csv', ref: 2 },
        { o: '/', ref: 5 },
        { o: '/a', ref: 6 },
        { o: '/b', ref: 7 },
      ]);
    });
  });

  it('reads docker compose logs --timestamps (prefix, then the platform time) and JSON records behind the platform time or in a json-file', async () => {
    await withTempCase(async (engine, { work }) => {
      const both = fs
        .readFileSync(timestamps, 'utf8')
        .split('\n')
        .map((l) => (l === '' ? l : `nginx-1  | ${l}`))
        .join('\n');
      const file = writeInput(work, 'compose-t.log', both);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 25 });
      expect(await rowsOf(engine, s.id)).toEqual(nginxRows);

      const access = {
        level: 'info',
        logger: 'http.log.access.log0',
        msg: 'handled request',
        request: { remote_ip: '198.51.100.9', method: 'GET', host: 'example.com', uri: '/a.zip' },
        user_id: '',
        status: 200,
      };
      const caddy = [
        { level: 'info', ts: 1796637600.1, msg: 'serving initial configuration' },
        { ...access, ts: 1796637601.25, size: 4096 },
        { ...access, ts: 1796637602.5, size: 100 },
      ].map((r) => JSON.stringify(r));
      const stamped = writeInput(work, 'caddy-t.log', caddy.map((r, i) => `2026-12-07T10:00:0${i + 5}.123456789Z ${r}`).join('\n'));
      const driven = writeInput(
        work,
        'caddy-json.log',
        caddy.map((r) => JSON.stringify({ log: `${r}\n`, stream: 'stderr', time: '2026-12-07T10:00:09.5Z' })).join('\n'),
      );
      for (const input of [stamped, driven]) {
        expect((await engine.service.detectSource({ path: input, kind: 'transfer' })).format).toBe('caddy-access-json');
        const c = await engine.service.addSource({ path: input, kind: 'transfer', maxRejectShare: 0 });
        expect(c).toMatchObject({ rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 1 });
        expect(await rowsOf(engine, c.id)).toEqual([
          { t: '2026-12-07 10:00:01.250', a: 'GET 200', ref: 2 },
          { t: '2026-12-07 10:00:02.500', a: 'GET 200', ref: 3 },
        ]);
      }
    });
  });

  it("reads the other line formats through the same unwrapping: lnav's HAProxy log behind the compose prefix, a RHEL secure log in a json-file", async () => {
    await withTempCase(async (engine, { work }) => {
      const wrap = (file: string, each: (line: string) => string) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((l) => (l === '' ? l : each(l)))
          .join('\n');
      const haproxy = writeInput(
        work,
        'haproxy-compose.log',
        wrap(corpusFile('haproxy_log_lnav', 'logfile_haproxy.0'), (l) => `haproxy-1  | ${l}`),
      );
      expect((await engine.service.detectSource({ path: haproxy, kind: 'transfer' })).format).toBe('haproxy-log');
      const h = await engine.service.addSource({ path: haproxy, kind: 'transfer', maxRejectShare: 0, options: { timezone: 'UTC' } });
      expect(h).toMatchObject({ rowsLoaded: 13, rowsRejected: 0, rowsSkipped: 4 });
      const secure = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');
      const driven = writeInput(
        work,
        'sshd-json.log',
        wrap(secure, (l) => JSON.stringify({ log: `${l}\n`, stream: 'stdout', time: '2026-12-07T10:00:00.5Z' })),
      );
      expect((await engine.service.detectSource({ path: driven, kind: 'signin' })).format).toBe('sshd-syslog');
      const d = await engine.service.addSource({ path: driven, kind: 'signin', maxRejectShare: 0, options: { year: 2018 } });
      const plain = await engine.service.addSource({ path: secure, kind: 'signin', maxRejectShare: 0, options: { year: 2018 } });
      expect(d).toMatchObject({ rowsLoaded: 45, rowsRejected: 0, rowsSkipped: plain.rowsSkipped });
      const same = await sqlOn<{ n: number }>(
        engine,
        `SELECT count(*)::INTEGER AS n FROM (SELECT ts, "user", ip, success, raw_ref FROM signin WHERE source_id = $a EXCEPT SELECT ts, "user", ip, success, raw_ref FROM signin WHERE source_id = $b)`,
        { a: d.id, b: plain.id },
      );
      expect(same).toEqual([{ n: 0 }]);
    });
  });

  it("skips Traefik's and Apache httpd's own lines among their access lines in one compose output, and reads Traefik's CLF", async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        'traefik-1  | time="2026-12-07T10:00:00Z" level=info msg="Configuration loaded from flags."',
        'traefik-1  | 2026-12-07T10:00:00Z INF github.com/traefik/traefik/v3/cmd/traefik/traefik.go:100 > Traefik version 3.2.1 built on 2024-11-20T10:00:00Z version=3.2.1',
        "web-1      | AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.18.0.3. Set the 'ServerName' directive globally to suppress this message",
        'web-1      | [Mon Dec 07 10:00:00.123456 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations',
        "web-1      | [Mon Dec 07 10:00:00.123501 2026] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
        'traefik-1  | 198.51.100.4 - - [07/Dec/2026:10:00:03 +0000] "GET / HTTP/1.1" 200 45 "-" "curl/8.5.0" 1 "web@docker" "http://172.18.0.3:80" 3ms',
        'web-1      | 172.18.0.2 - - [07/Dec/2026:10:00:03 +0000] "GET / HTTP/1.1" 200 45',
        'traefik-1  | 198.51.100.4 - bob [07/Dec/2026:10:00:09 +0000] "GET /private/report.pdf HTTP/1.1" 200 52000 "-" "curl/8.5.0" 2 "web@docker" "http://172.18.0.3:80" 8ms',
        'web-1      | 172.18.0.2 - bob [07/Dec/2026:10:00:09 +0000] "GET /private/report.pdf HTTP/1.1" 200 52000',
        'traefik-1  | 2026-12-07T10:05:00Z INF github.com/traefik/traefik/v3/cmd/traefik/traefik.go:200 > Shutting down',
      ];
      const file = writeInput(work, 'stack.log', `${lines.join('\n')}\n`);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 6 });
      expect(await bytesPerUser(engine, s.id)).toEqual({ '172.18.0.2': 45, '198.51.100.4': 45, bob: 104000 });
    });
  });
});

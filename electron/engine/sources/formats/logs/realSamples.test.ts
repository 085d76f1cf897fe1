import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../sql/queryRows';
import { sqlString } from '../../../sql/sqlString';
import { corpusFile } from '../../../testing/corpusFile';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase } from '../../../testing/withTempCase';
import { jsonLines, signinTally, transferTally } from '../../../testing/logs/testkit';
import { zonedTimeSql } from './zonedTimeSql';

// Every figure below was counted by hand from the file (see each folder's SOURCE.md), not taken from Breachdesk.

describe('real access-log samples with virtual hosts and forwarded-for lists', () => {
  it.each([
    // folder, file, rows, summed bytes, distinct users (the client where %u is "-")
    ['apache_access_vhost', 'test-access-vhost.log', 2, 998, 2],
    ['nginx_access_host', 'test-test-with-host.log', 10, 37800, 7],
    ['nginx_access', 'test-access.log', 14, 15301516, 3],
    ['apache_access_basic', 'test-access-basic.log', 17, 11269, 9],
    ['nginx_access_forwarded', 'test.log', 7, 36403, 5],
    ['apache_access_beats', 'test-vhost.log', 1, 32953, 1],
    ['apache_access_beats', 'darwin-2.4.23.log', 6, 706, 2],
    ['apache_access_beats', 'test.log', 7, 35037, 6],
    ['nginx_access_beats', 'access.log', 13, 7653453, 3],
  ])('%s/%s loads every line: %i requests, %i bytes, %i users', async (folder, name, rows, bytes, users) => {
    await withTempCase(async (engine) => {
      const file = corpusFile(folder, name);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: rows, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows, bytes, noBytes: 0, users });
    });
  });

  it('reads each line at its own offset (+0200, +0100, -0700) as UTC', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('nginx_access_beats', 'access.log'), kind: 'transfer' });
      const rows = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: s.id });
      expect([rows[0]?.t, rows[3]?.t, rows[12]?.t]).toEqual(['2016-10-25 12:49:33', '2016-12-07 09:34:43', '2020-06-09 19:10:39']);
    });
  });

  it('takes the virtual host into the object and the last forwarded address as the client', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('nginx_access_host', 'test-test-with-host.log'), kind: 'transfer' });
      const rows = await sqlOn<{ ip: string | null; u: string; o: string | null; b: number }>(
        engine,
        `SELECT ip, "user" AS u, object AS o, bytes::INTEGER AS b FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows.map((r) => [r.u, r.o, r.b])).toEqual([
        ['127.0.0.1', 'example.com/ocelot', 571],
        ['172.17.0.1', 'example.com/stringpatch', 612],
        ['67.43.156.14', 'example.com/ocelot', 571],
        ['67.43.156.14', 'example.com/ocelot', 571],
        ['10.2.1.185', 'example.com/assets/xxxx?q=100', 25507],
        ['10.2.2.121', '67.43.156.15/test.html', 8571],
        ['127.0.0.1', null, 0],
        ['unix:', null, 173],
        ['localhost', '67.43.156.15/test2', 612],
        ['localhost', 'example.com/test2', 612],
      ]);
    });
  });
});

describe('other real samples', () => {
  it('refuses the Apache ssl_request_log form ([time] client TLS cipher "request" bytes), which is no access log it reads, naming it', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('apache_ssl_request', 'test-access-ssl-request.log');
      await expect(engine.service.addSource({ path: file, kind: 'transfer' })).rejects.toThrow(/test-access-ssl-request\.log line 1: not a recognised transfer format/);
    });
  });

  it('loads the 18 Zeek conn records, 7 of them without orig_bytes, one with an ISO time', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('zeek_conn_log', 'test-conn.log'), kind: 'transfer' });
      expect(s).toMatchObject({ format: 'zeek-conn-json', rowsLoaded: 18, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 18, bytes: 225, noBytes: 7, users: 6 });
    });
  });

  it('loads the two Entra SignInLogs records (50140 interrupts) by their UPN and caller address', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('azure_entra_signinlogs_json', 'test-signinlogs.log'), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      const rows = await sqlOn<{ u: string; ip: string; ok: boolean; t: string }>(
        engine,
        `SELECT "user" AS u, ip, success AS ok, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'test@elastic.co', ip: '81.171.241.231', ok: false, t: '2019-10-18 09:45:48' },
        { u: 'c3813493-bf92-5123-2717-8a8b2979c38b', ip: '8.8.8.8', ok: false, t: '2019-10-18 09:45:48' },
      ]);
    });
  });

  it('refuses the Entra record that has neither user, result nor time field, naming the file', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('azure_entra_signinlogs_json', 'test-invalid-time.log');
      await expect(engine.service.addSource({ path: file, kind: 'signin' })).rejects.toThrow(/test-invalid-time\.log line 1: not a recognised signin format/);
    });
  });
});

describe('real sshd sample (elastic/beats test.log)', () => {
  it('counts the two sign-ins, the failed password and the invalid-user probe, and skips the rest', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('linux_auth_beats', 'test.log'), kind: 'signin', options: { year: 2017 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 6 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 2, failures: { bad_password: 1, no_such_user: 1 } });
    });
  });
});

describe('real Google Workspace login sample', () => {
  it('loads the two login_success and the one login_failure of its 17 activities', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('google_workspace_login_json', 'test-login.log');
      expect(jsonLines(file)).toHaveLength(17);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 14 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 2, failures: { other: 1 } });
    });
  });
});

describe("Elastic's Entra time corner cases", () => {
  it('reads all eleven forms as the same instant, 2007-01-09 09:41 UTC', async () => {
    const times = jsonLines(corpusFile('azure_entra_signinlogs_json', 'test-time-formats-corner-cases.log')).map((l) => String(l.record.time));
    expect(times).toHaveLength(11);
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      const rows = await queryRows<{ t: string | null }>(
        c,
        `SELECT strftime(${zonedTimeSql('x', 'UTC')} AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS t FROM (SELECT unnest([${times.map(sqlString).join(', ')}]) AS x)`,
      );
      expect(rows.map((r) => r.t)).toEqual(times.map(() => '2007-01-09 09:41'));
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});

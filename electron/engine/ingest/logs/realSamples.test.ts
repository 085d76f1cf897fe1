import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/queryRows';
import { sqlString } from '../../db/sqlString';
import { corpusFile } from '../../testing/corpusFile';
import { sqlOn } from '../../testing/sqlOn';
import { withTempCase } from '../../testing/withTempCase';
import { jsonLines, signinTally, transferTally } from './testkit';
import { zonedTimeSql } from './zonedTimeSql';

// Every figure below was counted by hand from the file (see each folder's SOURCE.md), not taken from Breachdesk.

describe('real access-log samples with virtual hosts and forwarded-for lists', () => {
  it.each([
    // folder, file, rows, summed bytes, distinct users (the client where %u is "-")
    ['apache_access_vhost', 'test-access-vhost.log', 2, 998, 2],
    ['nginx_access_host', 'test-test-with-host.log', 10, 37800, 7],
    ['nginx_access', 'test-access.log', 14, 15301516, 3],
    ['apache_access_basic', 'test-access-basic.log', 17, 11269, 9],
  ])('%s/%s loads every line: %i requests, %i bytes, %i users', async (folder, name, rows, bytes, users) => {
    await withTempCase(async (engine) => {
      const file = corpusFile(folder, name);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: rows, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows, bytes, noBytes: 0, users });
    });
  });

  it('takes the virtual host into the object and the last forwarded address as the client', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('nginx_access_host', 'test-test-with-host.log'), kind: 'transfer' });
      const rows = await sqlOn<{ ip: string | null; u: string; o: string | null; b: number }>(
        engine,
        `SELECT ip, "user" AS u, object AS o, bytes::INTEGER AS b FROM transfer WHERE source_id = $1 ORDER BY raw_ref`,
        [s.id],
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

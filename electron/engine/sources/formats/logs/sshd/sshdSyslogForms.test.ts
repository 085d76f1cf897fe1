import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const plaso = corpusFile('sshd_syslog_plaso', 'syslog_ssh.log');
const rfc5424 = corpusFile('syslog_rfc5424_sshd', 'auth-rfc5424.log');

describe('sshd syslog as other syslog daemons write it', () => {
  it('reads plaso\'s sshd lines written with two spaces after the tag, IPv6 clients stored in their one spelling', async () => {
    await withTempCase(async (engine) => {
      const verdicts = fs.readFileSync(plaso, 'utf8').split('\n').filter((l) => /\]: +(Accepted|Failed) /.test(l));
      expect(verdicts).toHaveLength(7);
      const s = await engine.service.addSource({ path: plaso, kind: 'signin', options: { year: 2016 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 7, rowsRejected: 0, rowsSkipped: 2 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 7, successes: 5, failures: { bad_password: 1, other: 1 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; ok: boolean; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, success AS ok, result_code AS code FROM signin WHERE raw_ref::INTEGER <= 6 ORDER BY ref`,
      );
      expect(rows).toEqual([
        { ref: 2, u: 'plaso', ip: '192.168.0.1', ok: true, code: 'Accepted publickey' },
        { ref: 3, u: 'plaso', ip: '2001:db8:a0b:12f0::1', ok: true, code: 'Accepted password' },
        { ref: 4, u: 'plaso', ip: '1:db8:a0b:12f0::1', ok: false, code: 'Failed publickey' },
        { ref: 6, u: 'root', ip: '188.124.3.41', ok: false, code: 'Failed password' },
      ]);
    });
  });

  it('reads RFC 5424 lines (PROCID or none, structured data, a byte-order mark), one attempt per connection, offsets honoured', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: rfc5424, kind: 'signin' })).format).toBe('sshd-syslog');
      const s = await engine.service.addSource({ path: rfc5424, kind: 'signin' });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 7, rowsRejected: 0, rowsSkipped: 8 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 7, successes: 2, failures: { no_such_user: 2, bad_password: 2, other: 1 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t, app, result_code AS code FROM signin ORDER BY ref`,
      );
      expect(rows).toEqual([
        { ref: 4, u: 'oracle', ip: '203.0.113.41', t: '2025-03-04T09:02:13.118394', app: 'sshd-session', code: 'Failed password' },
        { ref: 5, u: 'oracle', ip: '203.0.113.41', t: '2025-03-04T09:02:16.902211', app: 'sshd-session', code: 'Failed password' },
        { ref: 7, u: 'root', ip: '203.0.113.41', t: '2025-03-04T09:03:40.250000', app: 'sshd-session', code: 'Failed password' },
        { ref: 10, u: 'carol', ip: '2001:db8:5:7::21', t: '2025-03-04T09:05:04.612844', app: 'sshd-session', code: 'Failed password' },
        { ref: 11, u: 'carol', ip: '2001:db8:5:7::21', t: '2025-03-04T09:05:09.093120', app: 'sshd-session', code: 'Accepted password' },
        { ref: 13, u: 'deploy', ip: '198.51.100.7', t: '2025-03-04T09:07:30.000000', app: 'sshd-session', code: 'Accepted publickey' },
        { ref: 14, u: 'deploy', ip: '198.51.100.9', t: '2025-03-04T09:08:00.512300', app: 'sshd', code: 'Failed publickey' },
      ]);
    });
  });

  it('reads BSD and RFC 3339 lines a collector kept with their <PRI>, and rejects an RFC 5424 line without a time by its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        '<38>Mar  6 04:07:23 gw sshd[41]: Failed password for root from 192.0.2.8 port 4100 ssh2',
        '<38>2021-03-06T04:07:33.194677+00:00 gw sshd[42]: Accepted password for bob from 192.0.2.9 port 4101 ssh2',
        '<38>1 - gw sshd 43 - - Failed password for root from 192.0.2.8 port 4102 ssh2',
      ];
      const file = writeInput(work, 'forwarded.log', lines.join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { year: 2021 }, maxRejectShare: 0 })).rejects.toThrow(
        /forwarded\.log line 3: expected a syslog line/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2021 }, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      const rows = await sqlOn<{ u: string; t: string; ok: boolean }>(
        engine,
        `SELECT "user" AS u, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, success AS ok FROM signin WHERE source_id = $id ORDER BY raw_ref`,
        { id: s.id },
      );
      expect(rows).toEqual([
        { u: 'root', t: '2021-03-06 04:07:23', ok: false },
        { u: 'bob', t: '2021-03-06 04:07:33', ok: true },
      ]);
    });
  });

  it("reads OPNsense's RFC 5424 sshd lines, structured data before the message, one probe per connection", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('sshd_syslog_crowdsec', 'opnsense-sshd.log');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 10, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 10, successes: 0, failures: { no_such_user: 10 } });
      const span = await sqlOn<{ first: string; last: string; users: string; ips: string }>(
        engine,
        `SELECT strftime(min(ts), '%Y-%m-%d %H:%M:%S') AS first, strftime(max(ts), '%Y-%m-%d %H:%M:%S') AS last,
                string_agg(DISTINCT "user", ',') AS users, string_agg(DISTINCT ip, ',') AS ips FROM signin WHERE source_id = $sourceId`,
        { sourceId: s.id },
      );
      expect(span).toEqual([{ first: '2022-01-19 14:23:55', last: '2022-01-19 14:23:59', users: 'tutu', ips: '1.2.3.4' }]);
    });
  });

  it("skips the lines journalctl writes between entries of its text output (-- Boot … --), reading its short-iso times", async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        '-- Logs begin at Mon 2024-12-02 08:00:01 CET, end at Sat 2024-12-07 10:05:00 CET. --',
        '2024-12-07T10:00:00+0100 bastion sshd[1201]: Failed password for root from 203.0.113.5 port 40000 ssh2',
        '2024-12-07T10:00:03+0100 bastion sshd[1201]: Failed password for root from 203.0.113.5 port 40000 ssh2',
        '-- Boot 3b2a1f0e9d8c4b7a8f6e5d4c3b2a1f0e --',
        '2024-12-07T10:01:00.123456+0100 bastion sshd[1300]: Accepted publickey for alice from 198.51.100.2 port 40001 ssh2: ED25519 SHA256:abc',
      ];
      const file = writeInput(work, 'journal-ssh.txt', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 2 });
      const rows = await sqlOn<{ ref: number; t: string; u: string; ok: boolean }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, success AS ok FROM signin WHERE source_id = $sourceId ORDER BY ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { ref: 2, t: '2024-12-07 09:00:00', u: 'root', ok: false },
        { ref: 3, t: '2024-12-07 09:00:03', u: 'root', ok: false },
        { ref: 5, t: '2024-12-07 09:01:00', u: 'alice', ok: true },
      ]);
    });
  });
});


import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const rhel = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');

/** Tallies sshd verdict lines in plain JS: repeated lines count N times. */
function tallySshd(file: string) {
  let failures = 0;
  let invalid = 0;
  let successes = 0;
  let failedLines = 0;
  const ips = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /: (?:message repeated (\d+) times: \[ ?)?(Failed|Accepted) (?:password|publickey) for (invalid user )?.*? from (\S+) port/.exec(line);
    if (!m) continue;
    const n = Number(m[1] ?? 1);
    if (m[2] === 'Accepted') successes += n;
    else {
      failedLines++;
      failures += n;
      if (m[3]) invalid += n;
      ips.add(m[4] as string);
    }
  }
  return { failures, invalid, successes, failedLines, ips: ips.size };
}

describe('sshd / PAM syslog', () => {
  it('loads the RHEL 7 secure log as attempts: a connection counts once, its PAM summary completing what sshd logged', async () => {
    await withTempCase(async (engine) => {
      const lines = tallySshd(rhel);
      expect(lines).toMatchObject({ failedLines: 42, ips: 2, successes: 1, invalid: 0 });
      expect((await engine.service.detectSource({ path: rhel, kind: 'signin' })).format).toBe('sshd-syslog');
      const s = await engine.service.addSource({ path: rhel, kind: 'signin', options: { year: 2017 } });
      // Read by hand (see the corpus SOURCE.md): 202.109.143.106 opens 7 connections, each summarised "PAM 4 more" = 5 tries,
      // though the first (pid 2738) began before the file and shows only 3 Failed lines; 116.31.116.27 opens 3 of 3 tries.
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 45, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 45, successes: 1, failures: { bad_password: 44 } });
      const byIp = await sqlOn<{ ip: string; n: number }>(engine, `SELECT ip, count(*)::INTEGER AS n FROM signin WHERE NOT success GROUP BY ip ORDER BY n DESC`);
      expect(byIp).toEqual([
        { ip: '202.109.143.106', n: 35 },
        { ip: '116.31.116.27', n: 9 },
      ]);
      const summary = await sqlOn<{ ref: number; n: number; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, count(*)::INTEGER AS n, any_value(result_code) AS code FROM signin WHERE result_code LIKE 'PAM%' GROUP BY ALL`,
      );
      expect(summary).toEqual([{ ref: 7, n: 2, code: 'PAM more authentication failures' }]);
      const ok = await sqlOn<{ u: string; ip: string; t: string; ref: number; code: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, raw_ref::INTEGER AS ref, result_code AS code FROM signin WHERE success`,
      );
      expect(ok).toEqual([{ u: 'drewr', ip: '69.245.39.97', t: '2017-02-22 16:48:04', ref: 114, code: 'Accepted publickey' }]);
    });
  });

  it('counts PAM-only connections, their "N more" summaries and Invalid user probes once per process id', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        // pid 100: PAM-only, summarised: 1 + 2 = 3 tries, user root.
        'Mar  3 10:00:00 gw sshd[100]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.1  user=root',
        'Mar  3 10:00:09 gw sshd[100]: PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.1  user=root',
        // pid 101: a probe for an unknown account, nothing else: 1 try, no_such_user.
        'Mar  3 10:01:00 gw sshd[101]: Invalid user oracle from 192.0.2.2 port 40000',
        // pid 102: probe, PAM failure without user=, then sshd's verdict: the verdict alone counts (1 try).
        'Mar  3 10:02:00 gw sshd[102]: Invalid user admin from 192.0.2.3',
        'Mar  3 10:02:00 gw sshd[102]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.3',
        'Mar  3 10:02:02 gw sshd[102]: Failed password for invalid user admin from 192.0.2.3 port 40001 ssh2',
        // pid 103: probe and PAM failure for an unknown user, no verdict: 1 try.
        'Mar  3 10:03:00 gw sshd[103]: Invalid user test from 192.0.2.4 port 40002',
        'Mar  3 10:03:00 gw sshd[103]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.4',
        // another host's pid 100 is another connection: a success.
        'Mar  3 10:04:00 other sshd[100]: Accepted password for bob from 192.0.2.5 port 40003 ssh2',
      ];
      const file = writeInput(work, 'secure', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ rowsLoaded: 7, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 7, successes: 1, failures: { bad_password: 3, no_such_user: 3 } });
      const byLine = await sqlOn<{ ref: number; n: number; u: string | null; ip: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, count(*)::INTEGER AS n, any_value("user") AS u, any_value(ip) AS ip FROM signin GROUP BY ALL ORDER BY ref`,
      );
      expect(byLine).toEqual([
        { ref: 1, n: 1, u: 'root', ip: '192.0.2.1' },
        { ref: 2, n: 2, u: 'root', ip: '192.0.2.1' },
        { ref: 3, n: 1, u: 'oracle', ip: '192.0.2.2' },
        { ref: 6, n: 1, u: 'admin', ip: '192.0.2.3' },
        { ref: 8, n: 1, u: null, ip: '192.0.2.4' },
        { ref: 9, n: 1, u: 'bob', ip: '192.0.2.5' },
      ]);
    });
  });

  it('loads PAM-only failure lines, infers the year from the file time and honours the timezone option', async () => {
    await withTempCase(async (engine, { work }) => {
      const pam = (t: string, pid: number, rhost: string, user: string | null) =>
        `${t} combo sshd(pam_unix)[${pid}]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=${rhost}${user ? `  user=${user}` : ''}`;
      const lines = [
        pam('Jun 14 15:16:01', 19939, '218.188.2.4', null),
        pam('Jun 14 15:16:02', 19937, '218.188.2.4', null),
        'Jun 14 15:20:05 combo su(pam_unix)[20111]: session opened for user news by (uid=0)',
        pam('Jun 15 02:04:59', 20882, '220-135-151-1.hinet-ip.hinet.net', 'root'),
        pam('Jun 15 02:04:59', 20884, '150.183.249.110', 'root'),
        pam('Jun 15 02:05:00', 20886, '150.183.249.110', 'root'),
      ];
      const file = writeInput(work, 'messages', lines.join('\n') + '\n');
      fs.utimesSync(file, new Date('2025-08-01T00:00:00Z'), new Date('2025-08-01T00:00:00Z'));
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'America/New_York' } });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 0, failures: { bad_password: 3, no_such_user: 2 } });
      const [first] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first?.t).toBe('2025-06-14 19:16:01');
      const [top] = await sqlOn<{ ip: string; n: number }>(engine, `SELECT ip, count(*)::INTEGER AS n FROM signin GROUP BY ip ORDER BY n DESC, ip LIMIT 1`);
      expect(top).toEqual({ ip: '150.183.249.110', n: 2 });
    });
  });

  it('skips a sudo or su password typed wrong (a local privilege change, not a sign-in) in the real auth.log mix of elastic/integrations', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = corpusFile('linux_auth_integrations', 'test-auth.log');
      expect(fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('pam_unix(sudo:auth): authentication failure'))).toHaveLength(1);
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string | null; ip: string; app: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, ip, app FROM signin WHERE source_id = $id ORDER BY raw_ref`,
        { id: s.id },
      );
      expect(rows).toEqual([
        { u: 'vagrant', ok: true, r: null, ip: '10.0.2.2', app: 'sshd' },
        { u: 'vagrant', ok: true, r: null, ip: '192.168.33.1', app: 'sshd' },
        { u: 'test', ok: false, r: 'no_such_user', ip: '10.0.2.2', app: 'sshd' },
        { u: 'root', ok: false, r: 'bad_password', ip: '89.160.20.156', app: 'sshd' },
      ]);
      const oldStyle = writeInput(
        work,
        'messages',
        [
          'Jun 14 15:16:01 combo su(pam_unix)[20111]: authentication failure; logname=ann uid=500 euid=0 tty=pts/0 ruser=ann rhost=  user=root',
          'Jun 14 15:16:02 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=203.0.113.4  user=root',
        ].join('\n') + '\n',
      );
      const o = await engine.service.addSource({ path: oldStyle, kind: 'signin', options: { year: 2024 } });
      expect(o).toMatchObject({ rowsLoaded: 1 });
      expect(await sqlOn<{ ip: string }>(engine, `SELECT ip FROM signin WHERE source_id = $id`, { id: o.id })).toEqual([{ ip: '203.0.113.4' }]);
    });
  });

  it('reads the "illegal user" wording of OpenSSH before 3.9 as a probe of an account that does not exist', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        'Mar 29 09:56:36 firewall sshd[1423]: Illegal user jordan from 203.0.113.11',
        'Mar 29 09:56:37 firewall sshd[1423]: Failed password for illegal user jordan from 203.0.113.11 port 48631 ssh2',
        'Mar 29 09:56:40 firewall sshd[1424]: Illegal user admin from 203.0.113.11',
      ];
      const s = await engine.service.addSource({ path: writeInput(work, 'secure', lines.join('\n') + '\n'), kind: 'signin', options: { year: 2005 } });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      const rows = await sqlOn<{ u: string; r: string; ip: string }>(engine, `SELECT "user" AS u, failure_reason AS r, ip FROM signin ORDER BY raw_ref`);
      expect(rows).toEqual([
        { u: 'jordan', r: 'no_such_user', ip: '203.0.113.11' },
        { u: 'admin', r: 'no_such_user', ip: '203.0.113.11' },
      ]);
    });
  });

  it('reads an RFC 3339 line without a zone (rsyslog high-precision format, as elastic/beats timestamp.log has one) in the timezone option', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        '2024-03-01T10:00:00.123456 web1 sshd[100]: Failed password for root from 198.51.100.9 port 4242 ssh2',
        '2024-03-01T10:00:05.5+01:00 web1 sshd[101]: Failed password for root from 198.51.100.9 port 4243 ssh2',
        '2024-03-01T10:00:07Z web1 sshd[102]: Accepted password for bob from 198.51.100.10 port 4244 ssh2',
      ];
      const file = writeInput(work, 'auth.log', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
      const rows = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S.%f') AS t FROM signin ORDER BY raw_ref`);
      expect(rows.map((r) => r.t)).toEqual(['2024-03-01 09:00:00.123456', '2024-03-01 09:00:05.500000', '2024-03-01 10:00:07.000000']);
    });
  });

  it('rolls the year over at a Dec → Jan wrap, from the option or from the file time', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = [
        'Dec 31 23:59:58 gw sshd[1]: Failed password for root from 192.0.2.9 port 22 ssh2',
        'Jan  1 00:00:01 gw sshd[1]: Accepted publickey for root from 192.0.2.9 port 22 ssh2',
      ].join('\n');
      const file = writeInput(work, 'auth.log', text);
      await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2023 } });
      const copy = writeInput(work, 'auth2.log', text);
      fs.utimesSync(copy, new Date('2025-02-01T00:00:00Z'), new Date('2025-02-01T00:00:00Z'));
      await engine.service.addSource({ path: copy, kind: 'signin' });
      const rows = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d') AS t FROM signin ORDER BY source_id, raw_ref`);
      expect(rows.map((r) => r.t)).toEqual(['2023-12-31', '2024-01-01', '2024-12-31', '2025-01-01']);
    });
  });

  it('rejects lines that are not syslog, naming file and line, and refuses a bad year', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'secure',
        ['Mar  3 10:00:00 gw sshd[1]: Failed password for bob from 192.0.2.1 port 22 ssh2', 'this is not syslog', 'Mar  3 10:00:02 gw sshd[1]: Accepted password for bob from 192.0.2.1 port 22 ssh2'].join('\n') + '\n',
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 }, maxRejectShare: 0 })).rejects.toThrow(
        /secure line 2: expected a syslog line "Mmm dd HH:MM:SS host tag\[pid\]: message"/,
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { year: 'last' } })).rejects.toThrow(/year must be a four-digit year/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 }, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      expect((await engine.service.listRejects({ sourceId: s.id }))[0]).toMatchObject({ line: 2, raw: 'this is not syslog' });
    });
  });

  it('rejects an overlong line instead of parsing it as a giant user name (a hang fails at the 60 s test timeout)', async () => {
    await withTempCase(async (engine, { work }) => {
      const ok = 'Mar  3 10:00:00 gw sshd[1]: Failed password for bob from 192.0.2.1 port 22 ssh2';
      const huge = `Mar  3 10:00:01 gw sshd[1]: Failed password for ${'x'.repeat(2_000_000)} from 192.0.2.1 port 22 ssh2`;
      const file = writeInput(work, 'huge.log', [ok, huge, ok, ok].join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 }, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
      const [reject] = await engine.service.listRejects({ sourceId: s.id });
      expect(reject?.line).toBe(2);
      expect(reject?.reason).toMatch(/of at most 65536 characters/);
      const [longest] = await sqlOn<{ n: number }>(engine, `SELECT max(length("user"))::INTEGER AS n FROM signin`);
      expect(longest?.n).toBe(3);
    });
  });
});

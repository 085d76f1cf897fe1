import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../testing/sqlOn';
import { withTempCase, writeInput } from '../../testing/withTempCase';
import { corpusFile, signinTally } from './testkit';

const openssh = corpusFile('openssh_syslog', 'OpenSSH_2k.log');
const linux = corpusFile('linux_syslog_auth', 'Linux_2k.log');

/** Tallies sshd verdict lines in plain JS: repeated lines count N times. */
function tallySshd(file: string) {
  let failures = 0;
  let invalid = 0;
  let successes = 0;
  let failedLines = 0;
  const ips = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /: (?:message repeated (\d+) times: \[ ?)?(Failed|Accepted) password for (invalid user )?.*? from (\S+) port/.exec(line);
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
  it('loads OpenSSH_2k: one event per sshd verdict, repeated lines expanded, the year taken from the option', async () => {
    await withTempCase(async (engine) => {
      const expected = tallySshd(openssh);
      expect(expected).toMatchObject({ failedLines: 520, ips: 23, successes: 1 });
      expect((await engine.service.detectSource({ path: openssh, kind: 'signin' })).format).toBe('sshd-syslog');
      const s = await engine.service.addSource({ path: openssh, kind: 'signin', options: { year: 2015 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: expected.failures + expected.successes, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({
        rows: 529,
        successes: 1,
        failures: { bad_password: expected.failures - expected.invalid, no_such_user: expected.invalid },
      });
      expect(expected.failures).toBe(528);
      const [ips] = await sqlOn<{ n: number }>(engine, `SELECT count(DISTINCT ip)::INTEGER AS n FROM signin WHERE NOT success`);
      expect(ips?.n).toBe(23);
      const [top] = await sqlOn<{ ip: string; n: number }>(engine, `SELECT ip, count(*)::INTEGER AS n FROM signin WHERE NOT success GROUP BY ip ORDER BY n DESC LIMIT 1`);
      expect(top?.ip).toBe('183.62.140.253');
      const ok = await sqlOn<{ u: string; ip: string; t: string; ref: number; code: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, raw_ref::INTEGER AS ref, result_code AS code FROM signin WHERE success`,
      );
      expect(ok).toEqual([{ u: 'fztu', ip: '119.137.62.142', t: '2015-12-10 09:32:20', ref: 956, code: 'Accepted password' }]);
      const [rep] = await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM signin WHERE raw_ref = 30`);
      expect(rep?.n).toBe(5);
      const codes = await sqlOn<{ code: string; n: number }>(engine, `SELECT result_code AS code, count(*)::INTEGER AS n FROM signin GROUP BY ALL ORDER BY code`);
      expect(codes).toEqual([
        { code: 'Accepted password', n: 1 },
        { code: 'Failed password', n: expected.failures },
      ]);
    });
  });

  it('loads Linux_2k from its PAM failure lines, infers the year from the file time and honours the timezone option', async () => {
    await withTempCase(async (engine) => {
      const lines = fs.readFileSync(linux, 'utf8').split('\n');
      const pam = lines.filter((l) => /authentication failure;.*\srhost=/.test(l));
      const unknown = pam.filter((l) => !/\suser=\S+/.test(l.replace(/ruser=\S*/, ''))).length;
      const s = await engine.service.addSource({ path: linux, kind: 'signin', options: { timezone: 'America/New_York' } });
      expect(s).toMatchObject({ rowsLoaded: 490, rowsRejected: 0 });
      expect(pam.length).toBe(490);
      expect(await signinTally(engine, s.id)).toEqual({ rows: 490, successes: 0, failures: { bad_password: 490 - unknown, no_such_user: unknown } });
      const mtimeYear = fs.statSync(linux).mtime.getUTCFullYear();
      const mtimeMonth = fs.statSync(linux).mtime.getUTCMonth() + 1;
      const year = 7 > mtimeMonth ? mtimeYear - 1 : mtimeYear;
      const [first] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first?.t).toBe(`${year}-06-14 19:16:01`);
      const [top] = await sqlOn<{ ip: string; n: number }>(engine, `SELECT ip, count(*)::INTEGER AS n FROM signin GROUP BY ip ORDER BY n DESC LIMIT 1`);
      expect(top).toEqual({ ip: '150.183.249.110', n: 80 });
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
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } })).rejects.toThrow(
        /secure line 2: expected a syslog line "Mmm dd HH:MM:SS host tag\[pid\]: message"/,
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { year: 'last' } })).rejects.toThrow(/year must be a four-digit year/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 }, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      expect((await engine.service.listRejects({ sourceId: s.id }))[0]).toMatchObject({ line: 2, raw: 'this is not syslog' });
    });
  });

  it('rejects an overlong line quickly instead of parsing it as a giant user name', async () => {
    await withTempCase(async (engine, { work }) => {
      const ok = 'Mar  3 10:00:00 gw sshd[1]: Failed password for bob from 192.0.2.1 port 22 ssh2';
      const huge = `Mar  3 10:00:01 gw sshd[1]: Failed password for ${'x'.repeat(2_000_000)} from 192.0.2.1 port 22 ssh2`;
      const file = writeInput(work, 'huge.log', [ok, huge, ok, ok].join('\n'));
      const started = Date.now();
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 }, maxRejectShare: 0.5 });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
      const [reject] = await engine.service.listRejects({ sourceId: s.id });
      expect(reject?.line).toBe(2);
      expect(reject?.reason).toMatch(/of at most 65536 characters/);
      const [longest] = await sqlOn<{ n: number }>(engine, `SELECT max(length("user"))::INTEGER AS n FROM signin`);
      expect(longest?.n).toBe(3);
    });
  });
});

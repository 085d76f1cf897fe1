import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const journal = corpusFile('journald_sshd_json', 'journal-sshd.json');

describe('sshd entries of a systemd journal JSON export', () => {
  it('reads each sshd / sshd-session attempt once, in UTC, the other entries skipped and counted', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: journal, kind: 'signin' })).format).toBe('sshd-journal-json');
      const s = await engine.service.addSource({ path: journal, kind: 'signin', options: { timezone: 'Asia/Tokyo' } });
      expect(s).toMatchObject({ format: 'sshd-journal-json', rowsLoaded: 6, rowsRejected: 0, rowsSkipped: 8 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 2, failures: { bad_password: 3, no_such_user: 1 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%g') AS t, app, result_code AS code FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { ref: 2, u: 'root', ip: '203.0.113.50', t: '2024-07-15T09:00:12.500', app: 'sshd', code: 'Failed password' },
        { ref: 5, u: 'admin', ip: '203.0.113.50', t: '2024-07-15T09:00:22.800', app: 'sshd', code: 'Failed password' },
        { ref: 6, u: 'deploy', ip: '198.51.100.23', t: '2024-07-15T09:01:00.000', app: 'sshd', code: 'Accepted publickey' },
        { ref: 8, u: 'alice', ip: '192.0.2.77', t: '2024-07-15T09:05:00.000', app: 'sshd-session', code: 'Failed password' },
        { ref: 9, u: 'alice', ip: '192.0.2.77', t: '2024-07-15T09:05:05.500', app: 'sshd-session', code: 'Accepted password' },
        { ref: 11, u: 'root', ip: '203.0.113.51', t: '2024-07-15T09:07:02.200', app: 'sshd-session', code: 'Failed password' },
      ]);
    });
  });

  it('reads entries in a JSON array, rejects an entry without a time naming its record, and names json-pretty output', async () => {
    await withTempCase(async (engine, { work }) => {
      const entry = (t: string | null, pid: string, message: string) => ({ ...(t === null ? {} : { __REALTIME_TIMESTAMP: t }), _HOSTNAME: 'h', SYSLOG_IDENTIFIER: 'sshd', _PID: pid, MESSAGE: message });
      const entries = [
        entry('1721034012500000', '7', 'Failed password for root from 192.0.2.9 port 1 ssh2'),
        entry(null, '8', 'Failed password for root from 192.0.2.9 port 2 ssh2'),
      ];
      const file = writeInput(work, 'journal.json', JSON.stringify(entries, null, 2));
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/journal\.json line 2: expected a syslog line/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const pretty = writeInput(work, 'pretty.json', entries.map((e) => JSON.stringify({ __CURSOR: 's=1', ...e }, null, 8)).join('\n') + '\n');
      await expect(engine.service.addSource({ path: pretty, kind: 'signin' })).rejects.toThrow(/pretty\.json: is journalctl -o json-pretty output.*-o json/);
    });
  });
});

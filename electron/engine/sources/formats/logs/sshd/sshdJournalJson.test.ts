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

  it('reads a message journald wrote as a byte array (a user name that is no printable UTF-8), not skipping the attempt', async () => {
    await withTempCase(async (engine, { work }) => {
      const bytes = (...parts: Array<string | number[]>) => parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p));
      const entry = (t: string, pid: string, message: number[] | string) => ({ __REALTIME_TIMESTAMP: t, _HOSTNAME: 'h', SYSLOG_IDENTIFIER: 'sshd', _PID: pid, MESSAGE: message });
      const lines = [
        // invalid UTF-8 (0xff): each byte that is no printable ASCII read as U+FFFD
        entry('1721034012500000', '7', bytes('Invalid user ', [0xff, 0x61], ' from 203.0.113.9 port 4100')),
        // valid UTF-8 holding a control character (BEL), which is why journald wrote it as bytes: decoded as UTF-8
        entry('1721034013500000', '8', bytes('Failed password for invalid user jos\u00e9\u0007 from 203.0.113.9 port 4101 ssh2')),
        entry('1721034014500000', '9', 'Failed password for root from 203.0.113.9 port 4102 ssh2'),
      ].map((e) => JSON.stringify(e));
      const file = writeInput(work, 'journal.json', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'sshd-journal-json', rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 0 });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; r: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, failure_reason AS r FROM signin WHERE source_id = $sourceId ORDER BY ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { ref: 1, u: '\ufffda', ip: '203.0.113.9', r: 'no_such_user' },
        { ref: 2, u: 'jos\u00e9\u0007', ip: '203.0.113.9', r: 'no_such_user' },
        { ref: 3, u: 'root', ip: '203.0.113.9', r: 'bad_password' },
      ]);
    });
  });
});

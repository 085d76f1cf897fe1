import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

interface Attempt {
  ref: number;
  u: string | null;
  ip: string;
  r: string;
  code: string;
}

const attempts = `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, failure_reason AS r, result_code AS code FROM signin WHERE source_id = $sourceId ORDER BY ref`;

describe('sshd connections that ended while authenticating', () => {
  it("loads a key-only server's brute force, one 'Disconnected from authenticating user' line per connection, as one try each", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('sshd_syslog_crowdsec', 'sshd-invalid-bf.log');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 6, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 0, failures: { other: 6 } });
      const rows = await sqlOn<Attempt & { t: string }>(engine, `SELECT *, '' AS t FROM (${attempts}) LIMIT 1`, { sourceId: s.id });
      expect(rows).toEqual([{ ref: 1, u: 'root', ip: '179.43.183.98', r: 'other', code: 'Disconnected from authenticating user', t: '' }]);
    });
  });

  it("counts a collage of distributions' lines by connection: a closing line only where the connection logged nothing else", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('sshd_syslog_crowdsec', 'sshd-logs.log');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 12, rowsRejected: 0, rowsSkipped: 12 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 12, successes: 0, failures: { no_such_user: 8, other: 3, bad_password: 1 } });
      expect(await sqlOn<Attempt>(engine, attempts, { sourceId: s.id })).toEqual([
        { ref: 1, u: 'pascal', ip: '35.188.49.176', r: 'no_such_user', code: 'Invalid user' },
        { ref: 2, u: 'pascal', ip: '35.188.49.176', r: 'no_such_user', code: 'Invalid user' },
        { ref: 3, u: 'pascal', ip: '35.188.49.176', r: 'no_such_user', code: 'Invalid user' },
        { ref: 4, u: 'workshop', ip: '5.33.63.160', r: 'bad_password', code: 'authentication failure' },
        { ref: 5, u: null, ip: '5.33.63.161', r: 'no_such_user', code: 'authentication failure' },
        { ref: 6, u: 'root', ip: '206.81.24.125', r: 'other', code: 'Connection closed by authenticating user' },
        { ref: 7, u: 'ftp', ip: '92.255.85.135', r: 'no_such_user', code: 'Disconnected from invalid user' },
        { ref: 12, u: 'root', ip: '206.81.24.125', r: 'no_such_user', code: 'Connection closed by invalid user' },
        { ref: 16, u: 'root', ip: '80.94.92.63', r: 'other', code: 'Connection reset by authenticating user' },
        { ref: 17, u: 'root', ip: '192.168.1.1', r: 'other', code: 'User not allowed' },
        { ref: 18, u: 'root', ip: '192.168.1.2', r: 'no_such_user', code: 'Failed password' },
        { ref: 21, u: 'pascal5', ip: '192.168.1.3', r: 'no_such_user', code: 'Invalid user' },
      ]);
    });
  });

  it('adds nothing for the closing lines of a connection whose tries were logged, and reads a MaxAuthTries line alone as one try', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        // pid 200: two verdicts, then sshd cuts it off: 2 tries.
        'Mar  3 10:00:00 gw sshd[200]: Failed password for alice from 192.0.2.10 port 40000 ssh2',
        'Mar  3 10:00:03 gw sshd[200]: Failed password for alice from 192.0.2.10 port 40000 ssh2',
        'Mar  3 10:00:05 gw sshd[200]: error: maximum authentication attempts exceeded for alice from 192.0.2.10 port 40000 ssh2 [preauth]',
        'Mar  3 10:00:05 gw sshd[200]: Disconnecting authenticating user alice 192.0.2.10 port 40000: Too many authentication failures [preauth]',
        // pid 201: a MaxAuthTries line and its disconnect, nothing else logged: 1 try.
        'Mar  3 10:01:00 gw sshd[201]: error: maximum authentication attempts exceeded for invalid user admin from 198.51.100.4 port 40001 ssh2 [preauth]',
        'Mar  3 10:01:00 gw sshd[201]: Disconnecting invalid user admin 198.51.100.4 port 40001: Too many authentication failures [preauth]',
        // pid 202: a session that worked and ended: a success, its disconnect no try.
        'Mar  3 10:02:00 gw sshd[202]: Accepted publickey for bob from 203.0.113.9 port 40002 ssh2: ED25519 SHA256:x',
        'Mar  3 10:09:00 gw sshd[202]: Disconnected from user bob 203.0.113.9 port 40002',
        // pid 203: the client left at the password prompt: 1 try.
        'Mar  3 10:03:00 gw sshd[203]: Connection closed by authenticating user carol 203.0.113.10 port 40003 [preauth]',
      ];
      const file = writeInput(work, 'auth.log', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 5, rowsRejected: 0 });
      expect(await sqlOn<Attempt>(engine, attempts, { sourceId: s.id })).toEqual([
        { ref: 1, u: 'alice', ip: '192.0.2.10', r: 'bad_password', code: 'Failed password' },
        { ref: 2, u: 'alice', ip: '192.0.2.10', r: 'bad_password', code: 'Failed password' },
        { ref: 5, u: 'admin', ip: '198.51.100.4', r: 'no_such_user', code: 'maximum authentication attempts exceeded for invalid user' },
        { ref: 7, u: 'bob', ip: '203.0.113.9', r: null, code: 'Accepted publickey' },
        { ref: 9, u: 'carol', ip: '203.0.113.10', r: 'other', code: 'Connection closed by authenticating user' },
      ]);
    });
  });
});

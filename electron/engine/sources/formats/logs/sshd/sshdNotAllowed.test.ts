import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

describe('sshd connections of an account sshd bars ("User X from Y not allowed because …")', () => {
  it('reads the tries of a locked account as locked and of an account outside AllowUsers as other, not as no such user', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        // pid 300: a locked account; sshd writes its tries "for invalid user": 2 tries, locked.
        'Mar  3 10:00:00 gw sshd[300]: User bob from 192.0.2.20 not allowed because account is locked',
        'Mar  3 10:00:02 gw sshd[300]: Failed password for invalid user bob from 192.0.2.20 port 41000 ssh2',
        'Mar  3 10:00:04 gw sshd[300]: Failed password for invalid user bob from 192.0.2.20 port 41000 ssh2',
        // pid 301: root outside AllowUsers on a key-only server: the bar is the probe, 1 try, other.
        'Mar  3 10:01:00 gw sshd[301]: User root from 192.0.2.21 not allowed because not listed in AllowUsers',
        'Mar  3 10:01:01 gw sshd[301]: Connection closed by invalid user root 192.0.2.21 port 41001 [preauth]',
        // pid 302: an account that does not exist stays no_such_user.
        'Mar  3 10:02:00 gw sshd[302]: Invalid user zed from 192.0.2.22 port 41002',
        'Mar  3 10:02:02 gw sshd[302]: Failed password for invalid user zed from 192.0.2.22 port 41002 ssh2',
      ];
      const file = writeInput(work, 'auth.log', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { year: 2024 } });
      expect(s).toMatchObject({ format: 'sshd-syslog', rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 3 });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; r: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, failure_reason AS r, result_code AS code FROM signin WHERE source_id = $sourceId ORDER BY ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { ref: 2, u: 'bob', ip: '192.0.2.20', r: 'locked', code: 'Failed password' },
        { ref: 3, u: 'bob', ip: '192.0.2.20', r: 'locked', code: 'Failed password' },
        { ref: 4, u: 'root', ip: '192.0.2.21', r: 'other', code: 'User not allowed' },
        { ref: 7, u: 'zed', ip: '192.0.2.22', r: 'no_such_user', code: 'Failed password' },
      ]);
    });
  });
});

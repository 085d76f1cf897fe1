import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const unknownUser = corpusFile('windows_openssh_evtx_cc0', 'openssh-bruteforce-nonexistent-users.evtx');
const validUser = corpusFile('windows_openssh_evtx_cc0', 'openssh-bruteforce-valid-user.evtx');
const listening = corpusFile('windows_openssh_evtx_cc0', 'openssh-server-listening.evtx');

describe('OpenSSH for Windows event log (OpenSSH/Operational .evtx)', () => {
  it('reads each password try of the real brute force against an unknown user with the client address the Security log lacks', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: unknownUser, kind: 'signin' })).format).toBe('sshd-windows-evtx');
      const s = await engine.service.addSource({ path: unknownUser, kind: 'signin' });
      expect(s).toMatchObject({ format: 'sshd-windows-evtx', rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 2 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 0, failures: { no_such_user: 5 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t, app FROM signin ORDER BY ref`,
      );
      expect(rows.map((r) => r.ref)).toEqual([2, 3, 4, 5, 6]);
      expect(new Set(rows.map((r) => `${r.u} ${r.ip} ${r.app}`))).toEqual(new Set(['hacker 10.23.23.9 sshd']));
      expect([rows[0]?.t, rows[4]?.t]).toEqual(['2021-05-20T12:49:52.315863', '2021-05-20T12:49:54.945740']);
    });
  });

  it('reads the brute force against a valid user as bad passwords, its first connection closed while authenticating as one more try, and says a log of server start-ups holds no attempt', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: validUser, kind: 'signin' });
      expect(s).toMatchObject({ format: 'sshd-windows-evtx', rowsLoaded: 6, rowsRejected: 0, rowsSkipped: 1 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 0, failures: { bad_password: 5, other: 1 } });
      const [first] = await sqlOn<{ u: string; ip: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t FROM signin WHERE failure_reason = 'bad_password' ORDER BY raw_ref::INTEGER LIMIT 1`,
      );
      expect(first).toEqual({ u: 'admmig', ip: '10.23.23.9', t: '2021-05-21T20:43:22.562971' });
      const closed = await sqlOn<{ u: string; ip: string; t: string; code: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t, result_code AS code FROM signin WHERE failure_reason = 'other'`,
      );
      expect(closed).toEqual([{ u: 'admmig', ip: '10.23.23.9', t: '2021-05-21T20:43:03.788800', code: 'Connection closed by authenticating user' }]);
      await expect(engine.service.addSource({ path: listening, kind: 'signin' })).rejects.toThrow(/openssh-server-listening\.evtx: 6 records read, none of them an event this format loads/);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const device = corpusFile('defender_logon_events_csv', 'DeviceLogonEvents.csv');
const identity = corpusFile('defender_logon_events_csv', 'IdentityLogonEvents.csv');

describe('Defender DeviceLogonEvents / IdentityLogonEvents CSV', () => {
  it('loads DeviceLogonEvents: failures by their FailureReason, a LogonAttempted without outcome, the remote address', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: device, kind: 'signin' })).format).toBe('defender-logon-events-csv');
      const s = await engine.service.addSource({ path: device, kind: 'signin' });
      expect(s).toMatchObject({ format: 'defender-logon-events-csv', rowsLoaded: 6, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 2, failures: { bad_password: 2, locked: 1, null: 1 } });
      const rows = await sqlOn<{ u: string; ip: string | null; ok: boolean | null; app: string }>(
        engine,
        `SELECT "user" AS u, ip, success AS ok, app FROM signin WHERE raw_ref IN (2, 6, 7) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'admin', ip: '203.0.113.45', ok: false, app: 'srv-files01.corp.example.com RemoteInteractive Negotiate' },
        { u: 'bob', ip: '192.0.2.40', ok: null, app: 'srv-files01.corp.example.com Network NTLM' },
        { u: 'alice', ip: null, ok: true, app: 'laptop-alice.corp.example.com Interactive Kerberos' },
      ]);
    });
  });

  it('loads IdentityLogonEvents with the UPN as the user, else the account name', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: identity, kind: 'signin' });
      expect(s).toMatchObject({ format: 'defender-logon-events-csv', rowsLoaded: 3, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { bad_password: 1, no_such_user: 1 } });
      const users = await sqlOn<{ u: string; code: string }>(engine, `SELECT "user" AS u, result_code AS code FROM signin ORDER BY raw_ref`);
      expect(users).toEqual([
        { u: 'carol@corp.example.com', code: 'LogonFailed:WrongPassword' },
        { u: 'svc-old', code: 'LogonFailed:UnknownUser' },
        { u: 'dave@corp.example.com', code: 'LogonSuccess' },
      ]);
    });
  });
});

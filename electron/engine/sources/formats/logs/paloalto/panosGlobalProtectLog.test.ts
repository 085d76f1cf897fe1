import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const globalProtect = corpusFile('panos_globalprotect_log', 'test-panw-panos-globalprotect-sample.log');

/** A GLOBALPROTECT line in the documented field order (PAN-OS 10.x), led by a syslog header. */
function gpLine(time: string, event: string, user: string, ip: string, status: string, error = '', errorCode = '0'): string {
  return `<14>Jun 12 ${time} PA-3220 1,2024/06/12 ${time},012801000001,GLOBALPROTECT,0,2817,2024/06/12 ${time},vsys1,${event},login,LDAP,SSL,${user},US,LAPTOP-1,${ip},,10.8.0.5,,host-id-1,SN1,6.2.1,Windows,"Microsoft Windows 10 Enterprise , 64-bit",1,,${error},,${status},,0,user-logon,${errorCode},GP-Portal,7000001,0x0`;
}

describe('PAN-OS GlobalProtect log', () => {
  it("loads the real sample's one gateway-auth, skipping the other GlobalProtect events", async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: globalProtect, kind: 'signin' })).format).toBe('panos-globalprotect-log');
      const s = await engine.service.addSource({ path: globalProtect, kind: 'signin' });
      expect(s).toMatchObject({ format: 'panos-globalprotect-log', rowsLoaded: 1, rowsRejected: 0, rowsSkipped: 11 });
      const rows = await sqlOn<{ u: string; ip: string; ok: boolean; code: string; app: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, success AS ok, result_code AS code, app, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin`,
      );
      expect(rows).toEqual([{ u: 'maxmustermann', ip: '10.20.30.40', ok: true, code: 'gateway-auth:success', app: 'GP GW intern', t: '2021-03-02 09:55:39' }]);
    });
  });

  it('reads portal failures by their error, links a gateway-auth to the portal sign-in before it, and rejects an unknown status', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        gpLine('08:00:01', 'portal-auth', 'alice', '203.0.113.66', 'failure', 'Authentication failed: Invalid username or password', '1'),
        gpLine('08:00:03', 'portal-auth', 'bob', '203.0.113.66', 'failure', 'Authentication failed: User not found'),
        gpLine('08:00:05', 'portal-auth', 'carol', '203.0.113.66', 'failure', 'Authentication failed: Account is locked'),
        gpLine('09:00:00', 'portal-auth', 'dave', '198.51.100.7', 'success'),
        gpLine('09:00:02', 'gateway-auth', 'dave', '198.51.100.7', 'success'),
        gpLine('09:00:03', 'gateway-getconfig', 'dave', '198.51.100.7', 'success'),
        gpLine('12:00:00', 'gateway-auth', 'dave', '198.51.100.7', 'success'),
        gpLine('12:30:00', 'gateway-auth', 'erin', '198.51.100.8', 'maybe'),
      ];
      const file = writeInput(work, 'gp.log', lines.join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/gp\.log line 8: expected a Status of success or failure in field 29/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0.5, options: { timezone: 'America/Chicago' } });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 1, rowsSkipped: 2 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 2, failures: { bad_password: 1, no_such_user: 1, locked: 1 } });
      const [first] = await sqlOn<{ code: string; t: string }>(
        engine,
        `SELECT result_code AS code, strftime(timezone('UTC', ts), '%H:%M:%S') AS t FROM signin WHERE source_id = $id AND raw_ref = 1`,
        { id: s.id },
      );
      expect(first).toEqual({ code: 'portal-auth:failure:1', t: '13:00:01' });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { signinTally } from '../../../../testing/logs/testkit';

/** A Winlogbeat record of any channel, as a channel export holds them. */
function beat(t: string, channel: string, id: number, data: Record<string, string> = {}): string {
  return JSON.stringify({ '@timestamp': t, winlog: { event_id: String(id), channel, computer_name: 'DC1', event_data: data } });
}

describe('Windows Kerberos, machine accounts and mixed channels', () => {
  it('reads a channel export whose first records are Sysmon and PowerShell, loading its Security logons and counting the rest', async () => {
    await withTempCase(async (engine, { work }) => {
      const sysmon = Array.from({ length: 40 }, (_, i) => beat(`2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z`, 'Microsoft-Windows-Sysmon/Operational', 1, { Image: 'C:\\\\x.exe' }));
      const ps = [beat('2024-05-01T10:01:00Z', 'Microsoft-Windows-PowerShell/Operational', 4104, { ScriptBlockText: 'Get-Date' })];
      const security = [
        beat('2024-05-01T10:02:00Z', 'Security', 4771, { TargetUserName: 'alice', IpAddress: '::ffff:192.0.2.10', Status: '0x18' }),
        beat('2024-05-01T10:02:01Z', 'Security', 4768, { TargetUserName: 'ghost', IpAddress: '::ffff:192.0.2.10', Status: '0x6' }),
        beat('2024-05-01T10:02:02Z', 'Security', 4768, { TargetUserName: 'bob', IpAddress: '::ffff:192.0.2.10', Status: '0x12' }),
        beat('2024-05-01T10:02:03Z', 'Security', 4768, { TargetUserName: 'carol', IpAddress: '::ffff:192.0.2.11', Status: '0x0' }),
        beat('2024-05-01T10:02:04Z', 'Security', 4634, { TargetUserName: 'carol' }),
      ];
      const file = writeInput(work, 'channels.ndjson', [...sysmon, ...ps, ...security].join('\n') + '\n');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('windows-security-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 42 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string | null; ip: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, ip FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice', ok: false, r: 'bad_password', ip: '192.0.2.10' },
        { u: 'ghost', ok: false, r: 'no_such_user', ip: '192.0.2.10' },
        { u: 'bob', ok: false, r: 'locked', ip: '192.0.2.10' },
        { u: 'carol', ok: true, r: null, ip: '192.0.2.11' },
      ]);
    });
  });

  it('counts one attempt once: a TGT, a service ticket and the host logon of one account within 5 s are one sign-in, a spray of 4771 is not folded', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        // dave signs in: the DC logs 4768 and 4769, the workstation 4624 (same account, same outcome, within 5 s): 1 success.
        beat('2024-05-01T09:00:00.100Z', 'Security', 4768, { TargetUserName: 'dave', IpAddress: '::ffff:192.0.2.20', Status: '0x0' }),
        beat('2024-05-01T09:00:00.200Z', 'Security', 4769, { TargetUserName: 'dave@CORP.EXAMPLE', IpAddress: '::ffff:192.0.2.20', Status: '0x0' }),
        beat('2024-05-01T09:00:00.300Z', 'Security', 4624, { TargetUserName: 'dave', IpAddress: '192.0.2.20' }),
        // eve fails once on NTLM: 4776 on the DC and 4625 on the server: 1 failure.
        beat('2024-05-01T09:01:00.000Z', 'Security', 4625, { TargetUserName: 'eve', IpAddress: '192.0.2.21', Status: '0xc000006d', SubStatus: '0xc000006a' }),
        beat('2024-05-01T09:01:00.050Z', 'Security', 4776, { TargetUserName: 'eve', Workstation: 'WS21', Status: '0xc000006a' }),
        // a 4771 spray against frank: 3 tries in 2 s, no host event to link to: 3 failures.
        beat('2024-05-01T09:02:00Z', 'Security', 4771, { TargetUserName: 'frank', IpAddress: '::ffff:198.51.100.7', Status: '0x18' }),
        beat('2024-05-01T09:02:01Z', 'Security', 4771, { TargetUserName: 'frank', IpAddress: '::ffff:198.51.100.7', Status: '0x18' }),
        beat('2024-05-01T09:02:02Z', 'Security', 4771, { TargetUserName: 'frank', IpAddress: '::ffff:198.51.100.7', Status: '0x18' }),
        // a machine account's TGT, 10 s after anything else of it: kept, and marked by its $.
        beat('2024-05-01T09:03:00Z', 'Security', 4768, { TargetUserName: 'WS21$', IpAddress: '::ffff:192.0.2.21', Status: '0x0' }),
      ];
      const file = writeInput(work, 'dc.ndjson', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 6, rowsSkipped: 3 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 2, failures: { bad_password: 4 } });
      const kept = await sqlOn<{ ref: number; u: string }>(engine, `SELECT raw_ref::INTEGER AS ref, "user" AS u FROM signin ORDER BY raw_ref`);
      expect(kept).toEqual([
        { ref: 3, u: 'dave' },
        { ref: 4, u: 'eve' },
        { ref: 6, u: 'frank' },
        { ref: 7, u: 'frank' },
        { ref: 8, u: 'frank' },
        { ref: 9, u: 'WS21$' },
      ]);
    });
  });
});

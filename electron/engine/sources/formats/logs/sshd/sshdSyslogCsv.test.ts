import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

/** The columns of msticpy's real Sentinel Syslog export (corpus `sentinel_syslog_csv`), with synthetic sshd rows. */
const header = ',TenantId,SourceSystem,TimeGenerated,Computer,EventTime,Facility,HostName,SeverityLevel,SyslogMessage,ProcessID,HostIP,ProcessName,MG,Type,_ResourceId';
const row = (i: number, t: string, message: string, pid: string, process = 'sshd') =>
  `${i},t1,Linux,${t},web-01,${t},auth,web-01,info,"${message}",${pid},10.0.6.5,${process},m,Syslog,/r`;

describe('sshd / PAM lines of a Syslog table CSV export', () => {
  it('reads each row as the syslog line it was: attempts per process id, sudo skipped, day-first dates as the file shows them', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        header,
        row(0, '21/04/2025 09:45', 'Failed password for root from 203.0.113.5 port 4242 ssh2', '3101'),
        row(1, '21/04/2025 09:45', 'Failed password for root from 203.0.113.5 port 4242 ssh2', '3101'),
        row(2, '21/04/2025 09:46', 'Accepted publickey for ann from 198.51.100.4 port 5151 ssh2: RSA SHA256:abc', '3102'),
        row(3, '21/04/2025 09:47', 'pam_unix(sudo:auth): authentication failure; logname=ann uid=1000 euid=0 tty=/dev/pts/0 ruser=ann rhost=  user=ann', '', 'sudo'),
        row(4, '02/04/2025 10:00', 'Invalid user oracle from 203.0.113.5 port 4300', '3110'),
      ];
      const file = writeInput(work, 'Syslog.csv', lines.join('\n') + '\n');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('sshd-syslog-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 1 });
      const rows = await sqlOn<{ t: string; u: string; ip: string; ok: boolean; r: string | null; ref: number }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M') AS t, "user" AS u, ip, success AS ok, failure_reason AS r, raw_ref::INTEGER AS ref FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { t: '2025-04-21 09:45', u: 'root', ip: '203.0.113.5', ok: false, r: 'bad_password', ref: 2 },
        { t: '2025-04-21 09:45', u: 'root', ip: '203.0.113.5', ok: false, r: 'bad_password', ref: 3 },
        { t: '2025-04-21 09:46', u: 'ann', ip: '198.51.100.4', ok: true, r: null, ref: 4 },
        { t: '2025-04-02 10:00', u: 'oracle', ip: '203.0.113.5', ok: false, r: 'no_such_user', ref: 6 },
      ]);
    });
  });

  it('detects the real Sentinel Syslog export of msticpy and says it holds no sign-in (100 sudo rows)', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('sentinel_syslog_csv', 'syslog_data.csv');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('sshd-syslog-csv');
      await expect(engine.service.addSource({ path: file, kind: 'signin' })).rejects.toThrow(/^syslog_data\.csv: 100 records read, none of them an event this format loads/);
    });
  });
});

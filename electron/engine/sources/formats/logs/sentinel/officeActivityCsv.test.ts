import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally, transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const activity = corpusFile('sentinel_officeactivity_csv', 'OfficeActivity.csv');

describe('Sentinel OfficeActivity CSV', () => {
  it('loads UserLoggedIn and UserLoginFailed rows as sign-ins and skips the other operations', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: activity, kind: 'signin' })).format).toBe('sentinel-officeactivity-signin-csv');
      const s = await engine.service.addSource({ path: activity, kind: 'signin' });
      expect(s).toMatchObject({ format: 'sentinel-officeactivity-signin-csv', rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 4 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { other: 2 } });
      const rows = await sqlOn<{ u: string; ip: string; app: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, app, strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice@example.com', ip: '198.51.100.10', app: 'AzureActiveDirectory', t: '2024-04-02 07:58:12' },
        { u: 'bob@example.com', ip: '203.0.113.66', app: 'AzureActiveDirectory', t: '2024-04-02 08:01:40' },
        { u: 'carol@example.com', ip: '203.0.113.66', app: 'AzureActiveDirectory', t: '2024-04-02 08:01:43' },
      ]);
    });
  });

  it('loads FileDownloaded and FileSyncDownloadedFull rows as transfers without byte counts', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: activity, kind: 'transfer' })).format).toBe('sentinel-officeactivity-download-csv');
      const s = await engine.service.addSource({ path: activity, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'sentinel-officeactivity-download-csv', rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 5 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 0, noBytes: 2, users: 2 });
      const rows = await sqlOn<{ u: string; ip: string; a: string; o: string }>(engine, `SELECT "user" AS u, ip, action AS a, object AS o FROM transfer ORDER BY raw_ref`);
      expect(rows).toEqual([
        { u: 'alice@example.com', ip: '198.51.100.10', a: 'FileDownloaded', o: 'https://example.sharepoint.com/sites/finance/Shared Documents/payroll-2024.xlsx' },
        { u: 'dave@example.com', ip: '2001:db8::5', a: 'FileSyncDownloadedFull', o: 'https://example-my.sharepoint.com/personal/dave_example_com/Documents/clients.csv' },
      ]);
    });
  });

  it('reads a failure reason from LogonError or ErrorNumber when the export holds them', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = [
        'TimeGenerated,RecordType,Operation,OfficeWorkload,ResultStatus,UserId,ClientIP,LogonError,ErrorNumber',
        '2024-04-02T08:00:00Z,AzureActiveDirectoryStsLogon,UserLoginFailed,AzureActiveDirectory,Failed,bob@example.com,203.0.113.66,InvalidUserNameOrPassword,50126',
        '2024-04-02T08:00:05Z,AzureActiveDirectoryStsLogon,UserLoginFailed,AzureActiveDirectory,Failed,erin@example.com,203.0.113.66,IdsLocked,',
        '2024-04-02T08:00:09Z,AzureActiveDirectoryStsLogon,UserLoginFailed,AzureActiveDirectory,Failed,frank@example.com,203.0.113.66,,50053',
      ].join('\n');
      const file = writeInput(work, 'OfficeActivity.csv', csv + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 0, failures: { bad_password: 1, locked: 2 } });
    });
  });
});

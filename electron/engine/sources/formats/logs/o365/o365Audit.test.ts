import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { readHead } from '../../../readHead';
import { logLoaders } from '../logLoaders';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally, transferTally } from '../../../../testing/logs/testkit';

const sts = corpusFile('o365_management_activity_json', 'test-azuread-sts-logon-events.event-original.ndjson');
const exchangeAdmin = corpusFile('o365_exchange_admin_csv', 'demo_exchange_data.csv');

/** A minimal unified audit log record. */
function ual(operation: string, extra: Record<string, unknown>): Record<string, unknown> {
  return { CreationTime: '2024-04-02T09:15:00', Operation: operation, RecordType: 15, Workload: 'AzureActiveDirectory', UserId: 'victim@corp.example', ClientIP: '[2001:db8::7]:51234', ...extra };
}

const synthetic = [
  ual('UserLoginFailed', { ErrorNumber: '50126', LogonError: 'InvalidUserNameOrPassword', ResultStatus: 'Failed' }),
  ual('UserLoginFailed', { LogonError: 'UserAccountNotFound', ResultStatus: 'Failed', UserId: 'nobody@corp.example', ClientIP: '198.51.100.4:5678' }),
  ual('UserLoginFailed', { ErrorNumber: '50053', LogonError: 'IdsLocked', ResultStatus: 'Failed' }),
  ual('UserLoggedIn', { ResultStatus: 'Succeeded', ExtendedProperties: [{ Name: 'UserAgent', Value: 'Mozilla/5.0 test' }] }),
  ual('FileDownloaded', { Workload: 'SharePoint', RecordType: 6, ObjectId: 'https://corp.sharepoint.com/sites/hr/payroll.xlsx', SourceFileName: 'payroll.xlsx' }),
  ual('FileDownloaded', { Workload: 'OneDrive', RecordType: 6, SourceFileName: 'clients.csv' }),
  ual('MailItemsAccessed', { Workload: 'Exchange' }),
];

describe('Office 365 unified audit log', () => {
  it('loads the corpus UserLoggedIn records as successes, CreationTime read as UTC', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(sts);
      const logins = records.filter((r) => r.record.Operation === 'UserLoggedIn');
      expect((await engine.service.detectSource({ path: sts, kind: 'signin' })).format).toBe('o365-ual-signin');
      const s = await engine.service.addSource({ path: sts, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: logins.length, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 4, failures: {} });
      const [first] = await sqlOn<{ u: string; ip: string; t: string; ua: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S') AS t, user_agent AS ua FROM signin ORDER BY raw_ref LIMIT 1`,
      );
      expect(first).toMatchObject({ u: logins[0]?.record.UserId, ip: logins[0]?.record.ClientIP, t: logins[0]?.record.CreationTime });
      expect(first?.ua).toMatch(/^Mozilla/);
      await expect(engine.service.addSource({ path: sts, kind: 'transfer' })).rejects.toThrow(/test-azuread-sts-logon-events\.event-original\.ndjson: 4 records read, none of them an event this format loads \(Office 365 unified audit log: FileDownloaded/);
    });
  });

  it('maps failures by ErrorNumber or LogonError, strips ports from ClientIP, and loads FileDownloaded as byte-less transfers', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'ual.json', JSON.stringify(synthetic));
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 1, failures: { bad_password: 1, no_such_user: 1, locked: 1 } });
      const codes = await sqlOn<{ code: string; ip: string }>(engine, `SELECT result_code AS code, ip FROM signin ORDER BY raw_ref`);
      expect(codes.map((c) => c.code)).toEqual(['50126', 'UserAccountNotFound', '50053', 'Succeeded']);
      expect(codes.map((c) => c.ip)).toEqual(['2001:db8::7', '198.51.100.4', '2001:db8::7', '2001:db8::7']);
      const t = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(await transferTally(engine, t.id)).toEqual({ rows: 2, bytes: 0, noBytes: 2, users: 1 });
      const objects = await sqlOn<{ o: string; ref: number }>(engine, `SELECT object AS o, raw_ref::INTEGER AS ref FROM transfer ORDER BY raw_ref`);
      expect(objects).toEqual([
        { o: 'https://corp.sharepoint.com/sites/hr/payroll.xlsx', ref: 5 },
        { o: 'clients.csv', ref: 6 },
      ]);
    });
  });

  it('keeps a password accepted before a second factor apart from a bad password, by ErrorNumber or LogonError', async () => {
    await withTempCase(async (engine, { work }) => {
      const records = [
        ual('UserLoginFailed', { ErrorNumber: '50074', LogonError: 'UserStrongAuthClientAuthNRequiredInterrupt', ResultStatus: 'Failed' }),
        ual('UserLoginFailed', { LogonError: 'UserStrongAuthClientAuthNRequired', ResultStatus: 'Failed' }),
        ual('UserLoginFailed', { ErrorNumber: '500121', ResultStatus: 'Failed' }),
        ual('UserLoginFailed', { LogonError: 'KmsiInterrupt', ResultStatus: 'Failed' }),
      ];
      const s = await engine.service.addSource({ path: writeInput(work, 'mfa.json', JSON.stringify(records)), kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 0, failures: { mfa_required: 2, mfa_denied: 1, interrupted: 1 } });
    });
  });

  it('reads the Purview audit-search CSV through its AuditData column', async () => {
    await withTempCase(async (engine, { work }) => {
      const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
      const rows = synthetic.map((r) => [r.CreationTime, r.UserId, r.Operation, quote(JSON.stringify(r))].join(','));
      const file = writeInput(work, 'AuditLog.csv', ['CreationDate,UserIds,Operations,AuditData', ...rows].join('\r\n') + '\r\n');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('o365-ual-download');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 1, failures: { bad_password: 1, no_such_user: 1, locked: 1 } });
      const refs = await sqlOn<{ ref: number }>(engine, `SELECT raw_ref::INTEGER AS ref FROM signin ORDER BY raw_ref`);
      expect(refs.map((r) => r.ref)).toEqual([2, 3, 4, 5]);
    });
  });

  it('rejects a record with a bad AuditData or time, naming file and line, and does not take the Exchange admin CSV', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'ual-bad.csv',
        ['CreationDate,UserIds,Operations,AuditData', `2024-01-01,a,UserLoggedIn,"{""CreationTime"":""2024-01-01T00:00:00"",""Operation"":""UserLoggedIn"",""UserId"":""a""}"`, '2024-01-01,b,UserLoggedIn,not json', `2024-01-01,c,UserLoggedIn,"{""CreationTime"":""when"",""Operation"":""UserLoggedIn"",""UserId"":""c""}"`].join('\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(
        /ual-bad\.csv line 3: expected a JSON object \(one unified audit log record\)\nual-bad\.csv line 4: expected an ISO 8601 time in CreationTime, got a 4-character value of letters/,
      );
      const head = readHead(exchangeAdmin);
      expect(logLoaders.filter((l) => l.detect(head, exchangeAdmin))).toEqual([]);
    });
  });
});

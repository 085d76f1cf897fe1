import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally } from '../../../../testing/logs/testkit';

const diag = corpusFile('azure_entra_signinlogs_json', 'test-signinlogs-raw.log');

/** Synthetic Log Analytics SigninLogs rows: one password spray, a lockout, an MFA prompt and a success. */
const synthetic = [
  { t: '2024-03-01T10:00:01.1234567Z', u: 'alice@corp.example', ip: '203.0.113.7', code: 50126 },
  { t: '2024-03-01T10:00:02Z', u: 'bob@corp.example', ip: '203.0.113.7', code: 50126 },
  { t: '2024-03-01T10:00:03Z', u: 'carol@corp.example', ip: '203.0.113.7', code: 50034 },
  { t: '2024-03-01T10:00:04Z', u: 'dave@corp.example', ip: '203.0.113.7', code: 50053 },
  { t: '2024-03-01T10:00:05Z', u: 'erin@corp.example', ip: '198.51.100.2', code: 50076 },
  { t: '2024-03-01T10:00:06Z', u: 'erin@corp.example', ip: '198.51.100.2', code: 0 },
  { t: '2024-03-01T10:00:07Z', u: 'frank@corp.example', ip: '198.51.100.3', code: 50055 },
  { t: '2024-03-01T10:00:08Z', u: 'gina@corp.example', ip: '198.51.100.3', code: 50056 },
  { t: '2024-03-01T10:00:09Z', u: 'hal@corp.example', ip: '198.51.100.3', code: 53003 },
];
const syntheticFailures = { bad_password: 3, no_such_user: 1, locked: 1, mfa_required: 1, expired: 1, other: 1 };

describe('Entra sign-in logs', () => {
  it('loads the diagnostic-settings corpus file with its codes as decimal text', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(diag);
      const detected = await engine.service.detectSource({ path: diag, kind: 'signin' });
      expect(detected.format).toBe('entra-diagnostic-json');
      expect(detected.mapping).toContainEqual({ field: 'user', takenFrom: expect.stringMatching(/^properties\.userPrincipalName \(else properties\.servicePrincipalName/) as string });
      expect(detected.notes.join(' ')).toMatch(/zone-less times are read as UTC/);

      const s = await engine.service.addSource({ path: diag, kind: 'signin' });
      expect(s).toMatchObject({ format: 'entra-diagnostic-json', rowsLoaded: records.length, rowsRejected: 0 });
      const nonZero = records.filter((r) => String(r.record.resultType) !== '0').length;
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 5 - nonZero, failures: { interrupted: nonZero } });
      const rows = await sqlOn<{ ts: string; code: string; ref: number; ip: string; country: string; app: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S.%fZ') AS ts, result_code AS code, raw_ref::INTEGER AS ref, ip, country, app FROM signin ORDER BY raw_ref`,
      );
      expect(rows.map((r) => r.ref)).toEqual(records.map((r) => r.line));
      expect(rows[0]).toEqual({ ts: '2019-10-18T09:45:48.072989Z', code: '50140', ref: 1, ip: '81.2.69.144', country: 'FR', app: 'Office 365' });
      const users = await sqlOn<{ u: string }>(engine, `SELECT DISTINCT "user" AS u FROM signin ORDER BY u`);
      expect(users.map((u) => u.u)).toContain('test@elastic.co');
    });
  });

  it('loads a real service principal sign-in (no userPrincipalName) under its servicePrincipalName', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('azure_entra_signinlogs_json', 'test-service-principal.log');
      const [record] = jsonLines(file);
      expect(record?.record.category).toBe('ServicePrincipalSignInLogs');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-diagnostic-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string; code: string; ip: string; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, result_code AS code, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t FROM signin`,
      );
      expect(rows).toEqual([
        { u: 'ConfigMgrSvc_22222222-dfb4-4070-ad95-cf1e68280bb0', ok: false, r: 'expired', code: '7000222', ip: '11.22.33.44', t: '2021-07-30T11:29:26.673366' },
      ]);
    });
  });

  it('loads a Log Analytics SigninLogs CSV export with the reference codes stored as plain decimals', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = 'TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType,ResultDescription,AppDisplayName,UserAgent,Location,Status';
      const body = synthetic.map(
        (r) => `${r.t},${r.u},${r.ip},${r.code},"Desc, with comma",Office 365,"Mozilla/5.0 (X11; Linux)",FR,"{""errorCode"":${r.code}}"`,
      );
      const file = writeInput(work, 'SigninLogs.csv', '\uFEFF' + [header, ...body].join('\r\n') + '\r\n');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'entra-signinlogs-csv', rowsLoaded: synthetic.length, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 9, successes: 1, failures: syntheticFailures });
      const reference = await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM signin WHERE result_code IN ('50126','50053','50055','50056')`);
      expect(reference[0]?.n).toBe(5);
      const first = await sqlOn<{ ref: number; ua: string; t: string }>(engine, `SELECT raw_ref::INTEGER AS ref, user_agent AS ua, strftime(ts, '%H:%M:%S') AS t FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first[0]).toEqual({ ref: 2, ua: 'Mozilla/5.0 (X11; Linux)', t: '10:00:01' });
    });
  });

  it('reads the US "M/D/YYYY, h:mm:ss.fff AM" times of the portal-style CSV as UTC', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'la.csv',
        'TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType\n"3/14/2024, 9:02:11.123 PM",a@x.example,192.0.2.1,50126\n',
      );
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'Europe/Paris' } });
      const [r] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t FROM signin WHERE source_id = $sourceId`, { sourceId: s.id });
      expect(r?.t).toBe('2024-03-14 21:02:11');
    });
  });

  it('reads the service principal and managed identity tables (AADServicePrincipalSignInLogs, CSV or JSON) under ServicePrincipalName', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = 'TenantId,TimeGenerated [UTC],Id,ServicePrincipalName,ServicePrincipalId,AppId,IPAddress,ResultType,ResultDescription,ResourceDisplayName,Location';
      const rows = [
        't,"3/14/2024, 9:02:11.000 AM",1,backup-sync,sp1,app1,198.51.100.7,0,,Microsoft Graph,NL',
        't,"3/14/2024, 9:05:40.000 AM",2,backup-sync,sp1,app1,203.0.113.44,7000215,Invalid client secret provided.,Microsoft Graph,RU',
        't,"3/14/2024, 9:05:52.000 AM",3,backup-sync,sp1,app1,203.0.113.44,7000222,The provided client secret keys are expired.,Microsoft Graph,RU',
      ];
      const file = writeInput(work, 'AADServicePrincipalSignInLogs.csv', [header, ...rows].join('\r\n') + '\r\n');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { bad_password: 1, expired: 1 } });
      const users = await sqlOn<{ u: string }>(engine, `SELECT DISTINCT "user" AS u FROM signin WHERE source_id = $sourceId`, { sourceId: s.id });
      expect(users).toEqual([{ u: 'backup-sync' }]);
      const json = writeInput(work, 'sp.json', JSON.stringify([{ TimeGenerated: '2024-03-14T09:05:40Z', ServicePrincipalName: 'backup-sync', IPAddress: '203.0.113.44', ResultType: '7000215' }]));
      expect((await engine.service.detectSource({ path: json, kind: 'signin' })).format).toBe('entra-signinlogs-json');
    });
  });

  it('loads a SigninLogs JSON export (array) with raw_ref as the record index, and NDJSON with raw_ref as the line', async () => {
    await withTempCase(async (engine, { work }) => {
      const records = synthetic.map((r) => ({
        TimeGenerated: r.t,
        UserPrincipalName: r.u,
        IPAddress: r.ip,
        ResultType: String(r.code),
        ResultDescription: 'x',
        AppDisplayName: 'Azure Portal',
        UserAgent: 'curl/8',
        Location: 'DE',
        AutonomousSystemNumber: 64500,
        LocationDetails: { countryOrRegion: 'DE' },
      }));
      const arrayFile = writeInput(work, 'signins.json', JSON.stringify(records, null, 2));
      const a = await engine.service.addSource({ path: arrayFile, kind: 'signin' });
      expect(a).toMatchObject({ format: 'entra-signinlogs-json', rowsLoaded: 9, rowsRejected: 0 });
      expect(await signinTally(engine, a.id)).toEqual({ rows: 9, successes: 1, failures: syntheticFailures });
      const refs = await sqlOn<{ ref: number; asn: string; c: string }>(engine, `SELECT raw_ref::INTEGER AS ref, asn, country AS c FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: a.id });
      expect(refs.map((r) => r.ref)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(refs[0]).toMatchObject({ asn: '64500', c: 'DE' });

      const ndjson = writeInput(work, 'signins.ndjson', records.map((r) => JSON.stringify(r)).join('\n\n') + '\n');
      const n = await engine.service.addSource({ path: ndjson, kind: 'signin' });
      const lines = await sqlOn<{ ref: number }>(engine, `SELECT raw_ref::INTEGER AS ref FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`, { sourceId: n.id });
      expect(lines.map((r) => r.ref)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
    });
  });

  it('loads a Microsoft Graph /auditLogs/signIns page ({"value": […]}, camelCase)', async () => {
    await withTempCase(async (engine, { work }) => {
      const value = synthetic.map((r) => ({
        createdDateTime: r.t,
        userPrincipalName: r.u,
        ipAddress: r.ip,
        appDisplayName: 'Microsoft Teams',
        status: { errorCode: r.code, failureReason: 'x' },
        location: { city: 'Lyon', countryOrRegion: 'FR' },
      }));
      const file = writeInput(work, 'graph.json', JSON.stringify({ '@odata.context': 'x', value }));
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 9, successes: 1, failures: syntheticFailures });
      const [first] = await sqlOn<{ c: string; app: string; ref: number }>(engine, `SELECT country AS c, app, raw_ref::INTEGER AS ref FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first).toEqual({ c: 'FR', app: 'Microsoft Teams', ref: 1 });
    });
  });

  it('honours the timezone option for zone-less times and refuses an unknown zone', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'tz.json',
        [
          { TimeGenerated: '2024-03-01T10:00:00', UserPrincipalName: 'a', ResultType: 0 },
          { TimeGenerated: '2024-03-01T10:00:00+02:00', UserPrincipalName: 'b', ResultType: 0 },
        ]
          .map((r) => JSON.stringify(r))
          .join('\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'Mars/Olympus' } })).rejects.toThrow(/tz\.json: unknown time zone "Mars\/Olympus"/);
      await engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'America/New_York' } });
      const rows = await sqlOn<{ u: string; t: string }>(engine, `SELECT "user" AS u, strftime(ts, '%H:%M') AS t FROM signin ORDER BY u`);
      expect(rows).toEqual([
        { u: 'a', t: '15:00' },
        { u: 'b', t: '08:00' },
      ]);
    });
  });

  it('rejects malformed records naming the file, line and expectation', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = { time: '2024-03-01T10:00:00Z', resultType: '50126', callerIpAddress: '192.0.2.1', properties: { userPrincipalName: 'a@x' } };
      const lines = [JSON.stringify(good), '{not json', JSON.stringify({ ...good, time: 'yesterday', properties: { userPrincipalName: 'a@x' } })];
      const bad = writeInput(work, 'diag-bad.json', lines.join('\n') + '\n');
      await expect(engine.service.addSource({ path: bad, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(
        /diag-bad\.json line 2: expected a JSON object \(one Entra diagnostic record\)\ndiag-bad\.json line 3: expected an ISO 8601 time in time or properties\.createdDateTime, got a 9-character value of letters/,
      );
      const s = await engine.service.addSource({ path: bad, kind: 'signin', maxRejectShare: 1 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 2 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => r.line)).toEqual([2, 3]);
      expect(rejects[0]?.raw).toBe('{not json');

      const csv = writeInput(work, 'la-bad.csv', 'TimeGenerated,UserPrincipalName,IPAddress,ResultType\n2024-03-01T10:00:00Z,a,1.2.3.4,0\nnever,b,1.2.3.4,50126\n');
      await expect(engine.service.addSource({ path: csv, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/la-bad\.csv line 3: expected a time in column TimeGenerated, got a 5-character value of letters/);
      expect(fs.existsSync(csv)).toBe(true);

      const shifted = writeInput(
        work,
        'la-shift.csv',
        [
          'TimeGenerated,UserPrincipalName,IPAddress,ResultType',
          '2024-03-01T10:00:00Z,a,1.2.3.4,0',
          '2024-03-01T10:00:01Z,b,1.2.3.4,50126,surplus',
          '2024-03-01T10:00:02Z,c,1.2.3.4,50126',
          '2024-03-01T10:00:03Z,d,1.2.3.4,50126,surplus',
          '2024-03-01T10:00:04Z,e,1.2.3.4,50126',
        ].join('\n') + '\n',
      );
      const sh = await engine.service.addSource({ path: shifted, kind: 'signin', maxRejectShare: 0.5 });
      expect(sh).toMatchObject({ rowsLoaded: 3, rowsRejected: 2 });
      expect((await engine.service.listRejects({ sourceId: sh.id })).map((r) => r.line)).toEqual([3, 5]);
      const refs = await sqlOn<{ u: string; ref: number }>(engine, `SELECT "user" AS u, raw_ref::INTEGER AS ref FROM signin WHERE source_id = $sourceId ORDER BY ref`, { sourceId: sh.id });
      expect(refs).toEqual([
        { u: 'a', ref: 2 },
        { u: 'c', ref: 4 },
        { u: 'e', ref: 6 },
      ]);
    });
  });
});

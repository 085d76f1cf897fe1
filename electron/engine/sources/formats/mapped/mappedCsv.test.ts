import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { mappingPresets } from './mappingPresets';

const vpnLog = [
  'Horodatage;Compte;Adresse;Résultat;Appli',
  '2026-02-01 08:00:00;alice@corp.example;203.0.113.5;OK;vpn',
  '2026-02-01 08:01:00;bob@corp.example;203.0.113.6;Invalid password;vpn',
  '2026-02-01 08:02:00;carol@corp.example;203.0.113.7;user unknown;vpn',
  '2026-02-01 08:03:00+01:00;alice@corp.example;203.0.113.5;account locked;vpn',
  'yesterday;dave@corp.example;203.0.113.8;OK;vpn',
].join('\n');

describe('mapped CSV loader', () => {
  it('offers column mapping for an unknown CSV, guessing from the header, and loads what the analyst confirms', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'vpn.csv', vpnLog);
      const d = await engine.service.detectSource({ path: file, kind: 'signin' });
      expect(d.format).toBe('mapped-csv-signin');
      expect(d.defaults).toMatchObject({ 'field.ts': 'Horodatage', 'field.user': 'Compte', 'field.ip': 'Adresse', 'field.result': 'Résultat', 'field.app': 'Appli' });
      expect(d.choices['field.user']).toEqual(['Horodatage', 'Compte', 'Adresse', 'Résultat', 'Appli']);
      expect(d.notes[0]).toMatch(/not a format Breachdesk recognises/);

      await expect(engine.service.addSource({ path: file, kind: 'signin' })).rejects.toThrow(/not a recognised signin format/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', format: d.format, options: d.defaults, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 1 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string | null; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, strftime(ts, '%H:%M') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice@corp.example', ok: true, r: null, t: '08:00' },
        { u: 'bob@corp.example', ok: false, r: 'bad_password', t: '08:01' },
        { u: 'carol@corp.example', ok: false, r: 'no_such_user', t: '08:02' },
        { u: 'alice@corp.example', ok: false, r: 'locked', t: '07:03' },
      ]);
      const [reject] = await engine.service.listRejects({ sourceId: s.id });
      expect(reject).toMatchObject({ line: 6 });
      expect(reject?.reason).toMatch(/expected a time in column Horodatage, got a 9-character value of letters/);
    });
  });

  it('lets the analyst override a field and refuses a mapping onto a missing column', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'exports.csv', 'when,who,size,what\n2026-02-01T00:00:00Z,a,100,download\n2026-02-01T01:00:00Z,b,250,upload\n');
      const d = await engine.service.detectSource({ path: file, kind: 'transfer' });
      expect(d.defaults['field.ts']).toBe('when');
      const options = { ...d.defaults, 'field.user': 'who', 'field.bytes': 'size', 'field.action': 'what' };
      await engine.service.addSource({ path: file, kind: 'transfer', format: d.format, options });
      const [sum] = await sqlOn<{ b: number; n: number }>(engine, `SELECT sum(bytes)::DOUBLE AS b, count(DISTINCT action)::INTEGER AS n FROM transfer`);
      expect(sum).toEqual({ b: 350, n: 2 });
      await expect(
        engine.service.addSource({ path: file, kind: 'transfer', format: d.format, options: { ...options, 'field.user': 'nobody' } }),
      ).rejects.toThrow(/no column "nobody" to map onto user/);
    });
  });

  it('reads seconds or milliseconds since 1970 as UTC whatever time zone the zone-less times are given', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'epoch.csv', 'when,who,size\n1709287200,a,1\n1709287200250,b,2\n1709287200.5,c,3\n2024-03-01 11:00:00,d,4\n');
      const d = await engine.service.detectSource({ path: file, kind: 'transfer' });
      const options = { ...d.defaults, 'field.ts': 'when', 'field.user': 'who', 'field.bytes': 'size', timezone: 'Europe/Paris' };
      expect(await engine.service.addSource({ path: file, kind: 'transfer', format: d.format, options })).toMatchObject({ rowsLoaded: 4, rowsRejected: 0 });
      const rows = await sqlOn<{ u: string; t: string }>(engine, `SELECT "user" AS u, strftime(ts AT TIME ZONE 'UTC', '%H:%M:%S.%g') AS t FROM transfer ORDER BY u`);
      expect(rows).toEqual([
        { u: 'a', t: '10:00:00.000' },
        { u: 'b', t: '10:00:00.250' },
        { u: 'c', t: '10:00:00.500' },
        { u: 'd', t: '10:00:00.000' },
      ]);
    });
  });

  it('saves a mapping as a preset and lists it for the same kind', async () => {
    await withTempCase(async (engine) => {
      await engine.service.savePreset({ name: 'VPN appliance', kind: 'signin', format: 'mapped-csv-signin', options: { 'field.user': 'Compte' } });
      expect(await engine.service.listPresets({ kind: 'signin' })).toMatchObject([{ name: 'VPN appliance', format: 'mapped-csv-signin', options: { 'field.user': 'Compte' } }]);
      expect(await engine.service.listPresets({ kind: 'transfer' })).toEqual([]);
      await expect(engine.service.savePreset({ name: 'x', kind: 'signin', format: 'nope' })).rejects.toThrow(/No signin format "nope"/);
    });
  });
});

describe('mapping presets', () => {
  it('loads the user.session.start rows of a Sentinel Okta_CL export with the sentinel-okta-signin preset, reasons from outcome_reason_s', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = [
        'TenantId,TimeGenerated [UTC],published_t [UTC],eventType_s,actor_alternateId_s,client_ipAddress_s,outcome_result_s,outcome_reason_s,client_userAgent_rawUserAgent_s,displayMessage_s',
        't,"4/2/2024, 8:00:05.000 AM","4/2/2024, 8:00:01.000 AM",user.session.start,alice@example.com,198.51.100.4,SUCCESS,,Mozilla/5.0,User login to Okta',
        't,"4/2/2024, 8:01:05.000 AM","4/2/2024, 8:01:01.000 AM",user.session.start,bob@example.com,203.0.113.9,FAILURE,INVALID_CREDENTIALS,python-requests/2.31.0,User login to Okta',
        't,"4/2/2024, 8:01:06.000 AM","4/2/2024, 8:01:02.000 AM",user.session.start,mallory@example.com,203.0.113.9,FAILURE,UNKNOWN_USER,python-requests/2.31.0,User login to Okta',
        't,"4/2/2024, 8:01:07.000 AM","4/2/2024, 8:01:03.000 AM",user.session.start,erin@example.com,203.0.113.9,FAILURE,LOCKED_OUT,python-requests/2.31.0,User login to Okta',
        't,"4/2/2024, 8:02:05.000 AM","4/2/2024, 8:02:01.000 AM",policy.evaluate_sign_on,alice@example.com,198.51.100.4,ALLOW,,Mozilla/5.0,Evaluation of sign-on policy',
      ].join('\n');
      const file = writeInput(work, 'Okta_CL.csv', csv + '\n');
      const preset = mappingPresets['sentinel-okta-signin'];
      const s = await engine.service.addSource({ path: file, kind: 'signin', format: 'mapped-csv-signin', options: preset?.options ?? {} });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0, rowsSkipped: 1 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string | null; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, strftime(ts, '%H:%M:%S') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice@example.com', ok: true, r: null, t: '08:00:01' },
        { u: 'bob@example.com', ok: false, r: 'bad_password', t: '08:01:01' },
        { u: 'mallory@example.com', ok: false, r: 'no_such_user', t: '08:01:02' },
        { u: 'erin@example.com', ok: false, r: 'locked', t: '08:01:03' },
      ]);
    });
  });

  it('loads CloudTrail ConsoleLogin rows of a Sentinel AWSCloudTrail portal CSV (TimeGenerated [UTC], US dates) with the sentinel-cloudtrail-consolelogin preset, skipping the other events, the withheld name as no user', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = [
        'TenantId,TimeGenerated [UTC],EventName,EventSource,UserIdentityUserName,SourceIpAddress,UserAgent,ErrorCode,ErrorMessage,ResponseElements',
        't,"1/9/2024, 10:41:00.000 AM",ConsoleLogin,signin.amazonaws.com,alice,198.51.100.4,Mozilla/5.0,,,"{""ConsoleLogin"":""Success""}"',
        't,"1/9/2024, 10:42:00.000 AM",ConsoleLogin,signin.amazonaws.com,bob,198.51.100.5,Mozilla/5.0,,Failed authentication,"{""ConsoleLogin"":""Failure""}"',
        't,"1/9/2024, 10:43:00.000 AM",GetObject,s3.amazonaws.com,alice,198.51.100.4,aws-cli,,,',
        't,"1/9/2024, 10:44:00.000 AM",ConsoleLogin,signin.amazonaws.com,HIDDEN_DUE_TO_SECURITY_REASONS,203.0.113.9,python-requests/2.31.0,,,"{""ConsoleLogin"":""Failure""}"',
      ].join('\n');
      const file = writeInput(work, 'AWSCloudTrail.csv', csv + '\n');
      const preset = mappingPresets['sentinel-cloudtrail-consolelogin'];
      const s = await engine.service.addSource({ path: file, kind: 'signin', format: 'mapped-csv-signin', options: preset?.options ?? {} });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 1 });
      const rows = await sqlOn<{ u: string | null; ok: boolean; r: string | null; ip: string; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, ip, strftime(ts, '%H:%M') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice', ok: true, r: null, ip: '198.51.100.4', t: '10:41' },
        { u: 'bob', ok: false, r: 'bad_password', ip: '198.51.100.5', t: '10:42' },
        { u: null, ok: false, r: 'no_such_user', ip: '203.0.113.9', t: '10:44' },
      ]);
    });
  });
});

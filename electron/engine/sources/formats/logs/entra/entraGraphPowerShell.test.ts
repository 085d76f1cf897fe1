import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const sample = corpusFile('entra_graph_powershell_json', 'Get-MgAuditLogSignIn.json');

// The figures were counted by hand from the file (see entra_graph_powershell_json/SOURCE.md), not taken from Breachdesk.

/** The signin rows of a source, every column the loader fills. */
async function signinRows(engine: Parameters<typeof signinTally>[0], sourceId: number) {
  return sqlOn<{ t: string; u: string; ip: string; ok: boolean; r: string | null; code: string; app: string; c: string | null; ua: string | null }>(
    engine,
    `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%f') AS t, "user" AS u, ip, success AS ok, failure_reason AS r, result_code AS code, app, country AS c, user_agent AS ua
     FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`,
    { sourceId },
  );
}

/** A sign-in as Windows PowerShell 5.1 writes it with ConvertTo-Json: four-space indents, `"Key":  value`, `\/Date(ms)\/` times. */
function windowsPowerShellJson(records: Array<Record<string, unknown>>): string {
  const text = JSON.stringify(records, null, 4).replace(/": /g, '":  ');
  return text.replace(/"\/Date\((\d+)\)\/"/g, '"\\/Date($1)\\/"').replace(/\n/g, '\r\n');
}

describe('Entra sign-ins exported with Microsoft Graph PowerShell', () => {
  it('loads Get-MgAuditLogSignIn | ConvertTo-Json with the Entra outcome of each Status.ErrorCode', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'signin' })).format).toBe('entra-signinlogs-json');
      const s = await engine.service.addSource({ path: sample, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 6, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 6, successes: 2, failures: { bad_password: 2, locked: 1, mfa_required: 1 } });
      const rows = await signinRows(engine, s.id);
      expect(rows[0]).toEqual({ t: '2024-03-01T08:15:02.551827', u: 'alice@example.com', ip: '203.0.113.10', ok: true, r: null, code: '0', app: 'Microsoft Teams', c: 'FR', ua: null });
      expect(rows[3]).toMatchObject({ u: 'carol@example.com', ok: false, r: 'locked', code: '50053', app: 'Office 365 Exchange Online', c: 'RU' });
      expect(rows[4]).toMatchObject({ ip: '2001:db8:85a3::8a2e:370:7334', r: 'mfa_required', code: '50074', c: 'DE' });
    });
  });

  it('reads the records as the Graph API JSON is read, one outcome rule: camelCase and PascalCase give the same rows', async () => {
    await withTempCase(async (engine, { work }) => {
      const pascal = [
        { CreatedDateTime: '2024-03-01T08:20:11Z', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', AppDisplayName: 'Office 365 Exchange Online', Status: { ErrorCode: 50126, FailureReason: 'x' }, Location: { City: 'Moscow', CountryOrRegion: 'RU' } },
        { CreatedDateTime: '2024-03-01T08:21:40Z', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', AppDisplayName: 'Office 365 Exchange Online', Status: { ErrorCode: 500121, FailureReason: 'x' }, Location: { City: 'Moscow', CountryOrRegion: 'RU' } },
        { CreatedDateTime: '2024-03-01T08:22:00Z', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', AppDisplayName: 'Office 365 Exchange Online', Status: { ErrorCode: 0 }, Location: { City: 'Moscow', CountryOrRegion: 'RU' } },
      ];
      const camel = pascal.map((r) => ({
        createdDateTime: r.CreatedDateTime,
        userPrincipalName: r.UserPrincipalName,
        ipAddress: r.IPAddress,
        appDisplayName: r.AppDisplayName,
        status: { errorCode: r.Status.ErrorCode },
        location: { city: r.Location.City, countryOrRegion: r.Location.CountryOrRegion },
      }));
      const a = await engine.service.addSource({ path: writeInput(work, 'pwsh.json', JSON.stringify(pascal, null, 2)), kind: 'signin' });
      const b = await engine.service.addSource({ path: writeInput(work, 'graph.json', JSON.stringify({ value: camel })), kind: 'signin' });
      const rows = await signinRows(engine, a.id);
      expect(rows.map((r) => [r.ok, r.r, r.c])).toEqual([
        [false, 'bad_password', 'RU'],
        [false, 'mfa_denied', 'RU'],
        [true, null, 'RU'],
      ]);
      expect(await signinRows(engine, b.id)).toEqual(rows);
    });
  });

  it("reads Windows PowerShell 5.1's \\/Date(ms)\\/ times as UTC, and the beta cmdlet's UserAgent", async () => {
    await withTempCase(async (engine, { work }) => {
      const records = [
        { CreatedDateTime: '/Date(1709281211000)/', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', UserAgent: 'BAV2ROPC', AuthenticationRequirement: 'singleFactorAuthentication', Status: { ErrorCode: 50126 } },
      ];
      const file = writeInput(work, 'signins-ps51.json', windowsPowerShellJson(records));
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(await signinRows(engine, s.id)).toEqual([
        { t: '2024-03-01T08:20:11.000000', u: 'bob@example.com', ip: '198.51.100.23', ok: false, r: 'bad_password', code: '50126', app: null, c: null, ua: 'BAV2ROPC' },
      ]);
    });
  });

  it('loads one sign-in, which ConvertTo-Json writes as an indented object, not an array', async () => {
    await withTempCase(async (engine, { work }) => {
      const one = { CreatedDateTime: '2024-03-01T08:20:11Z', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', Status: { ErrorCode: 50126 } };
      const file = writeInput(work, 'one.json', JSON.stringify(one, null, 2).replace(/\n/g, '\r\n') + '\r\n');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 1, successes: 0, failures: { bad_password: 1 } });
    });
  });

  it('rejects a record whose CreatedDateTime is no time, by its place in the array', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = { CreatedDateTime: '2024-03-01T08:20:11Z', UserPrincipalName: 'bob@example.com', IPAddress: '198.51.100.23', Status: { ErrorCode: 0 } };
      const file = writeInput(work, 'signins.json', JSON.stringify([good, { ...good, CreatedDateTime: 'yesterday' }, good], null, 2));
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(
        /signins\.json line 2: expected a time in TimeGenerated \(or createdDateTime, CreatedDateTime\), got a 9-character value of letters/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
    });
  });

  it('refuses an Export-Csv of the sign-ins (Windows PowerShell with its #TYPE line, PowerShell 7 without), and a ConvertTo-Json too shallow, where Status is a type name, pointing to ConvertTo-Json -Depth', async () => {
    await withTempCase(async (engine, { work }) => {
      const status = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus';
      const csv = writeInput(
        work,
        'signins.csv',
        [
          '#TYPE Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignIn',
          '"AppDisplayName","AppId","ClientAppUsed","ConditionalAccessStatus","CreatedDateTime","DeviceDetail","Id","IPAddress","IsInteractive","Location","Status","UserDisplayName","UserPrincipalName"',
          `"Microsoft Teams","1fec8e78-bce4-4aaf-ab1b-5451cc387264","Browser","success","3/1/2024 8:15:02 AM","Microsoft.Graph.PowerShell.Models.MicrosoftGraphDeviceDetail","id1","203.0.113.10","True","Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInLocation","${status}","Alice Example","alice@example.com"`,
        ].join('\r\n') + '\r\n',
      );
      const csv7 = writeInput(work, 'signins-pwsh7.csv', readFileSync(csv, 'utf8').split('\r\n').slice(1).join('\r\n'));
      const shallow = writeInput(work, 'shallow.json', windowsPowerShellJson([{ CreatedDateTime: '/Date(1709280902000)/', IPAddress: '203.0.113.10', Location: 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInLocation', Status: status, UserPrincipalName: 'alice@example.com' }]));
      for (const [file, name] of [[csv, 'signins\\.csv'], [csv7, 'signins-pwsh7\\.csv'], [shallow, 'shallow\\.json']] as const) {
        const refusal = new RegExp(`${name} line 1: is a Microsoft Graph PowerShell sign-in export \\(Get-MgAuditLogSignIn\\) whose Status holds the type name .* It is not a signin format Breachdesk reads: export the sign-ins again as JSON \\(Get-MgAuditLogSignIn -All \\| ConvertTo-Json -Depth 5`);
        await expect(engine.service.detectSource({ path: file, kind: 'signin' })).rejects.toThrow(refusal);
        await expect(engine.service.addSource({ path: file, kind: 'signin' })).rejects.toThrow(refusal);
      }
      expect(await engine.service.listSources({})).toEqual([]);
    });
  });
});

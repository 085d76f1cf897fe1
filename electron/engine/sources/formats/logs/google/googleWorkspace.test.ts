import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally, transferTally } from '../../../../testing/logs/testkit';

const drive = corpusFile('google_workspace_drive_json', 'test-drive.log');

/** A Reports API login activity with its events as an array. */
function login(name: string, failureType: string | null, email: string, ip = '203.0.113.80') {
  const parameters = [{ name: 'login_type', value: 'google_password' }, ...(failureType ? [{ name: 'login_failure_type', value: failureType }] : [])];
  return JSON.stringify({
    kind: 'admin#reports#activity',
    id: { time: '2024-06-01T12:00:00.000Z', uniqueQualifier: '-1234567890123456789', applicationName: 'login', customerId: 'C0' },
    actor: { email, profileId: '1' },
    ipAddress: ip,
    events: [{ type: 'login', name, parameters }],
  });
}

describe('Google Workspace audit', () => {
  it('loads the one Drive download of the corpus file as a byte-less transfer', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(drive);
      const downloads = records.filter((r) => (r.record.events as { name?: string }).name === 'download');
      expect(downloads).toHaveLength(1);
      expect((await engine.service.detectSource({ path: drive, kind: 'transfer' })).format).toBe('gws-drive-download');
      const s = await engine.service.addSource({ path: drive, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 1, bytes: 0, noBytes: 1, users: 1 });
      const [row] = await sqlOn<{ u: string; o: string; ref: number; ip: string }>(engine, `SELECT "user" AS u, object AS o, raw_ref::INTEGER AS ref, ip FROM transfer`);
      expect(row).toEqual({ u: 'foo@bar.com', o: 'document title', ref: downloads[0]?.line, ip: '67.43.156.13' });
    });
  });

  it('loads login_success / login_failure events with the failure type normalised', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'login.ndjson',
        [
          login('login_failure', 'login_failure_invalid_password', 'a@corp.example'),
          login('login_failure', 'login_failure_invalid_password', 'b@corp.example'),
          login('login_failure', 'login_failure_invalid_second_factor', 'c@corp.example'),
          login('login_failure', 'login_failure_account_disabled', 'd@corp.example'),
          login('login_success', null, 'a@corp.example'),
          login('logout', null, 'a@corp.example'),
        ].join('\n'),
      );
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('gws-login');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 1, failures: { bad_password: 2, mfa_denied: 1, other: 1 } });
      const [first] = await sqlOn<{ code: string }>(engine, `SELECT result_code AS code FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first?.code).toBe('login_failure_invalid_password');
    });
  });

  it('rejects an activity without a time, naming file and line', async () => {
    await withTempCase(async (engine, { work }) => {
      const bad = JSON.parse(login('login_failure', 'login_failure_invalid_password', 'x@corp.example')) as { id: { time?: string } };
      delete bad.id.time;
      const file = writeInput(work, 'gws-bad.json', [login('login_success', null, 'y@corp.example'), JSON.stringify(bad)].join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/gws-bad\.json line 2: expected an ISO 8601 time in id\.time, found none/);
    });
  });
});

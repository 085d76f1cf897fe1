import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const download = corpusFile('okta_system_log_csv', 'okta-system-log.csv');

describe('Okta System Log CSV download', () => {
  it('loads the sign-in attempts of the Admin Console CSV, judged as the JSON is, the other events skipped and counted', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: download, kind: 'signin' })).format).toBe('okta-system-log-csv');
      const s = await engine.service.addSource({ path: download, kind: 'signin' });
      expect(s).toMatchObject({ format: 'okta-system-log-csv', rowsLoaded: 9, rowsRejected: 0, rowsSkipped: 3 });
      expect(await signinTally(engine, s.id)).toEqual({
        rows: 9,
        successes: 2,
        failures: { bad_password: 2, no_such_user: 1, locked: 1, mfa_required: 1, mfa_denied: 2 },
      });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string; code: string; c: string; asn: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%g') AS t, app, result_code AS code, country AS c, asn
         FROM signin WHERE source_id = $id AND raw_ref IN (3, 5, 11) ORDER BY raw_ref`,
        { id: s.id },
      );
      expect(rows).toEqual([
        { ref: 3, u: 'alice@example.com', ip: '203.0.113.10', t: '2024-04-02T07:58:30.102', app: 'Salesforce.com', code: 'SUCCESS', c: 'United States', asn: '64500' },
        { ref: 5, u: 'bob@example.com', ip: '198.51.100.7', t: '2024-04-02T08:14:55.020', app: 'Okta', code: 'FAILURE:INVALID_CREDENTIALS', c: 'Netherlands', asn: '64511' },
        { ref: 11, u: 'dave@example.com', ip: '198.51.100.23', t: '2024-04-02T09:04:02.771', app: 'Okta', code: 'FAILURE:VERIFICATION_ERROR', c: 'Netherlands', asn: '64511' },
      ]);
    });
  });

  it('reads a zone-less published in the timezone given, and rejects a sign-in without a time naming file and line', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = 'published,eventType,actor.alternateId,client.ipAddress,outcome.result,outcome.reason';
      const zoneless = writeInput(work, 'okta-local.csv', `${header}\n2024-04-02 09:00:00,user.session.start,a@example.com,192.0.2.1,SUCCESS,\n`);
      const s = await engine.service.addSource({ path: zoneless, kind: 'signin', options: { timezone: 'Europe/Paris' } });
      const [row] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%H:%M') AS t FROM signin WHERE source_id = $id`, { id: s.id });
      expect(row?.t).toBe('07:00');
      const bad = writeInput(work, 'okta-bad.csv', `${header}\n2024-04-02T09:00:00Z,user.session.start,a@example.com,192.0.2.1,SUCCESS,\nyesterday,user.session.start,b@example.com,192.0.2.1,FAILURE,INVALID_CREDENTIALS\n`);
      await expect(engine.service.addSource({ path: bad, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/okta-bad\.csv line 3: expected an ISO 8601 time in column published, got a 9-character value of letters/);
    });
  });

  it('is not taken for transfers, and a CSV without outcome.result is not claimed', async () => {
    await withTempCase(async (engine, { work }) => {
      expect((await engine.service.detectSource({ path: download, kind: 'transfer' })).format).not.toBe('okta-system-log-csv');
      const partial = writeInput(work, 'okta-partial.csv', 'published,eventType,actor.alternateId,client.ipAddress\n2024-04-02T09:00:00Z,user.session.start,a@example.com,192.0.2.1\n');
      expect((await engine.service.detectSource({ path: partial, kind: 'signin' })).format).toBe('mapped-csv-signin');
    });
  });
});

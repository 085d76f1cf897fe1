import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally } from '../../../../testing/logs/testkit';

const elastic = corpusFile('duo_auth_log_json', 'test-auth-head.log');

/** A Duo Admin API v2 authentication log record. */
function authlog(isotimestamp: string, user: string, result: string, reason: string, eventType = 'authentication') {
  return {
    access_device: { ip: '198.51.100.30', location: { country: 'Netherlands' } },
    application: { key: 'DIXXXXXXXXXXXXXXXXXX', name: 'VPN' },
    event_type: eventType,
    factor: 'duo_push',
    isotimestamp,
    reason,
    result,
    timestamp: Math.floor(Date.parse(isotimestamp) / 1000),
    txid: `tx-${isotimestamp}`,
    user: { name: user },
  };
}

describe('Duo authentication logs', () => {
  it('loads the Admin API v2 records of the elastic sample, a push reported as fraud or denied being mfa_denied', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(elastic).map((l) => l.record as { result: string; reason: string });
      expect(records.map((r) => `${r.result}:${r.reason}`)).toEqual(['success:user_approved', 'success:user_approved', 'success:user_approved', 'fraud:user_marked_fraud', 'denied:user_mistake']);
      expect((await engine.service.detectSource({ path: elastic, kind: 'signin' })).format).toBe('duo-auth-log');
      const s = await engine.service.addSource({ path: elastic, kind: 'signin' });
      expect(s).toMatchObject({ format: 'duo-auth-log', rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 3, failures: { mfa_denied: 2 } });
      const rows = await sqlOn<{ u: string; ip: string; t: string; app: string; code: string; c: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%f') AS t, app, result_code AS code, country AS c FROM signin WHERE raw_ref IN (1, 4) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'narroway@example.com', ip: '89.160.20.156', t: '2020-02-13T18:56:20.351346', app: 'Microsoft Azure Active Directory', code: 'success:user_approved', c: 'United States' },
        { u: 'narroway', ip: '89.160.20.156', t: '2021-07-23T07:20:54.700050', app: 'Duo Access Gateway Launcher', code: 'fraud:user_marked_fraud', c: 'United States' },
      ]);
    });
  });

  it('reads the API answer {"response": {"authlogs": […]}} and v1 records, enrollments skipped, each reason to its outcome', async () => {
    await withTempCase(async (engine, { work }) => {
      const answer = {
        response: {
          authlogs: [
            authlog('2024-06-03T08:00:00.000000+00:00', 'ana', 'success', 'user_approved'),
            authlog('2024-06-03T08:01:00.000000+00:00', 'bo', 'denied', 'locked_out'),
            authlog('2024-06-03T08:02:00.000000+00:00', 'cy', 'denied', 'deny_unenrolled_user'),
            authlog('2024-06-03T08:03:00.000000+00:00', 'di', 'denied', 'location_restricted'),
            authlog('2024-06-03T08:04:00.000000+00:00', 'di', 'denied', 'no_response'),
            authlog('2024-06-03T08:05:00.000000+00:00', 'ed', 'success', '', 'enrollment'),
          ],
          metadata: { next_offset: null, total_objects: 6 },
        },
        stat: 'OK',
      };
      const file = writeInput(work, 'authlogs.json', JSON.stringify(answer, null, 2));
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('duo-auth-log');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 1 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 1, failures: { locked: 1, mfa_required: 1, other: 1, mfa_denied: 1 } });

      const v1 = [
        { device: '555-123-4567', factor: 'Duo Push', integration: 'Acme VPN', ip: '192.0.2.5', new_enrollment: false, reason: 'User marked fraud', result: 'FRAUD', timestamp: 1717401600, username: 'fy' },
        { device: '555-123-4567', factor: 'Passcode', integration: 'Acme VPN', ip: '192.0.2.5', new_enrollment: false, reason: 'Invalid passcode', result: 'FAILURE', timestamp: 'later', username: 'fy' },
      ];
      const old = writeInput(work, 'v1.ndjson', v1.map((r) => JSON.stringify(r)).join('\n'));
      expect((await engine.service.detectSource({ path: old, kind: 'signin' })).format).toBe('duo-auth-log');
      await expect(engine.service.addSource({ path: old, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/v1\.ndjson line 2: expected an ISO 8601 time in isotimestamp or epoch seconds in timestamp/);
      const t = await engine.service.addSource({ path: old, kind: 'signin', maxRejectShare: 0.5 });
      expect(t).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const [row] = await sqlOn<{ u: string; r: string; t: string; app: string }>(engine, `SELECT "user" AS u, failure_reason AS r, strftime(ts, '%Y-%m-%d %H:%M') AS t, app FROM signin WHERE source_id = $id`, { id: t.id });
      expect(row).toEqual({ u: 'fy', r: 'mfa_denied', t: '2024-06-03 08:00', app: 'Acme VPN' });
    });
  });
});

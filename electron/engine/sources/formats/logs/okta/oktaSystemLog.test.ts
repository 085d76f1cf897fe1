import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally } from '../../../../testing/logs/testkit';

const okta = corpusFile('okta_system_log_json', 'test-okta-system-events.log');

/** A minimal Okta System Log event. */
function event(eventType: string, result: string, reason: string | null, user: string, published = '2024-02-01T08:00:00.000Z') {
  return JSON.stringify({
    actor: { alternateId: user, type: 'User' },
    client: { ipAddress: '203.0.113.50', userAgent: { rawUserAgent: 'python-requests/2.31' }, geographicalContext: { country: 'Nowhere' } },
    eventType,
    outcome: { result, reason },
    published,
    target: eventType === 'user.authentication.sso' ? [{ type: 'AppInstance', displayName: 'Salesforce' }] : null,
    securityContext: { asNumber: 64496 },
  });
}

describe('Okta System Log', () => {
  it('loads only the sign-in events of the corpus file', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(okta);
      const starts = records.filter((r) => r.record.eventType === 'user.session.start');
      expect((await engine.service.detectSource({ path: okta, kind: 'signin' })).format).toBe('okta-system-log');
      const s = await engine.service.addSource({ path: okta, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: starts.length, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 1, successes: 1, failures: {} });
      const [row] = await sqlOn<{ u: string; ip: string; ref: number; t: string; app: string; c: string }>(
        engine,
        `SELECT "user" AS u, ip, raw_ref::INTEGER AS ref, strftime(ts, '%Y-%m-%dT%H:%M:%S.%g') AS t, app, country AS c FROM signin`,
      );
      expect(row).toEqual({ u: 'xxxxxx@elastic.co', ip: '175.16.199.1', ref: starts[0]?.line, t: '2020-02-14T20:18:57.718', app: 'Okta', c: 'United States' });
    });
  });

  it('normalises outcome.result and reason into the failure vocabulary', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'okta.ndjson',
        [
          event('user.session.start', 'FAILURE', 'INVALID_CREDENTIALS', 'a@x'),
          event('user.session.start', 'FAILURE', 'LOCKED_OUT', 'b@x'),
          event('user.session.start', 'FAILURE', 'VERIFICATION_ERROR', 'c@x'),
          event('user.authentication.auth_via_mfa', 'CHALLENGE', null, 'd@x'),
          event('system.push.send_factor_verify_push', 'SUCCESS', null, 'd@x'),
          event('user.mfa.okta_verify.deny_push', 'SUCCESS', null, 'd@x'),
          event('user.authentication.auth_via_mfa', 'FAILURE', 'INVALID_CREDENTIALS', 'd@x'),
          event('user.session.start', 'FAILURE', 'UNKNOWN_USER', 'e@x'),
          event('user.authentication.sso', 'SUCCESS', null, 'f@x'),
          event('user.session.start', 'DENY', 'Sign-on policy', 'g@x'),
          event('policy.evaluate_sign_on', 'DENY', null, 'h@x'),
        ].join('\n'),
      );
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(await signinTally(engine, s.id)).toEqual({
        rows: 10,
        successes: 1,
        failures: { bad_password: 1, locked: 1, mfa_required: 2, mfa_denied: 3, no_such_user: 1, other: 1 },
      });
      const [sso] = await sqlOn<{ app: string; asn: string; ua: string }>(engine, `SELECT app, asn, user_agent AS ua FROM signin WHERE success`);
      expect(sso).toEqual({ app: 'Salesforce', asn: '64496', ua: 'python-requests/2.31' });
    });
  });

  it('rejects a sign-in event without a time, naming file and line', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'okta-bad.json', [event('user.session.start', 'SUCCESS', null, 'a'), event('user.session.start', 'SUCCESS', null, 'b', 'not-a-time')].join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/okta-bad\.json line 2: expected an ISO 8601 time in published, got a 10-character value of letters and symbols/);
    });
  });
});

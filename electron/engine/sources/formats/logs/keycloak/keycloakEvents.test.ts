import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const events = corpusFile('keycloak_events_json', 'keycloak-events.json');

describe('Keycloak user events', () => {
  it('loads LOGIN and LOGIN_ERROR events of the Admin REST API array, the others skipped and counted', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: events, kind: 'signin' })).format).toBe('keycloak-events');
      const s = await engine.service.addSource({ path: events, kind: 'signin' });
      expect(s).toMatchObject({ format: 'keycloak-events', rowsLoaded: 12, rowsRejected: 0, rowsSkipped: 2 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 12, successes: 2, failures: { no_such_user: 4, bad_password: 4, locked: 1, mfa_denied: 1 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, app, result_code AS code FROM signin WHERE raw_ref IN (1, 12, 14) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { ref: 1, u: 'erin', ip: '198.51.100.62', t: '2024-05-14 13:25:05', app: 'security-admin-console', code: 'LOGIN_ERROR:invalid_totp' },
        { ref: 12, u: 'admin', ip: '203.0.113.90', t: '2024-05-14 13:10:00', app: 'account-console', code: 'LOGIN_ERROR:user_not_found' },
        { ref: 14, u: 'alice', ip: '192.0.2.14', t: '2024-05-14 13:00:00', app: 'account-console', code: 'LOGIN' },
      ]);
    });
  });

  it('rejects an event without a time in milliseconds, naming its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const event = (time: unknown) => JSON.stringify({ time, type: 'LOGIN_ERROR', realmId: 'r', clientId: 'c', userId: null, ipAddress: '192.0.2.1', error: 'user_not_found', details: { username: 'x' } });
      const file = writeInput(work, 'events.ndjson', [event(1715691600000), event('soon')].join('\n'));
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('keycloak-events');
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/events\.ndjson line 2: expected epoch milliseconds in time/);
    });
  });
});

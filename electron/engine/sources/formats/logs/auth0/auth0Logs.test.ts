import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally } from '../../../../testing/logs/testkit';

const stream = corpusFile('auth0_logs_json', 'auth0-log-stream.ndjson');

/** A Management API log event (flat, as GET /api/v2/logs lists it). */
function event(type: string, user: string | null, date: string, extra: Record<string, unknown> = {}) {
  return { date, type, log_id: `900${date.replace(/\D/g, '')}`, client_name: 'Portal', ip: '198.51.100.20', user_agent: 'curl/8.5.0', ...(user === null ? {} : { user_name: user }), ...extra };
}

describe('Auth0 tenant logs', () => {
  it('loads the sign-in events of a log stream export, the logout skipped and counted', async () => {
    await withTempCase(async (engine) => {
      const types = jsonLines(stream).map((l) => (l.record.data as { type: string }).type);
      expect(types).toEqual(['f', 'f', 'f', 'fu', 'fp', 's', 's', 's', 'slo']);
      expect((await engine.service.detectSource({ path: stream, kind: 'signin' })).format).toBe('auth0-logs');
      const s = await engine.service.addSource({ path: stream, kind: 'signin' });
      expect(s).toMatchObject({ format: 'auth0-logs', rowsLoaded: 8, rowsRejected: 0, rowsSkipped: 1 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 8, successes: 3, failures: { other: 3, no_such_user: 1, bad_password: 1 } });
      const rows = await sqlOn<{ ref: number; u: string | null; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%dT%H:%M:%S.%g') AS t, app, result_code AS code FROM signin WHERE raw_ref IN (3, 4, 5, 6) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { ref: 3, u: null, ip: '81.2.69.143', t: '2021-11-04T00:29:50.035', app: 'All Applications', code: 'f' },
        { ref: 4, u: 'neo@gmail.com', ip: '81.2.69.143', t: '2021-11-03T03:07:24.384', app: 'Default App', code: 'fu' },
        { ref: 5, u: 'new@test.com', ip: '81.2.69.143', t: '2021-11-03T08:25:14.466', app: 'Default App', code: 'fp' },
        { ref: 6, u: 'dev@test.com', ip: '114.76.60.57', t: '2021-11-04T00:15:10.706', app: 'Default App', code: 's' },
      ]);
    });
  });

  it('reads the Management API array, each type code to its outcome, and rejects an event without a time naming its record', async () => {
    await withTempCase(async (engine, { work }) => {
      const events = [
        event('s', 'ana@example.com', '2024-05-01T10:00:00.000Z'),
        event('sepft', 'svc@example.com', '2024-05-01T10:00:01.000Z'),
        event('fp', 'bo@example.com', '2024-05-01T10:00:02.000Z', { description: 'Wrong email or password.' }),
        event('fu', 'nobody@example.com', '2024-05-01T10:00:03.000Z', { description: 'Wrong email or password.' }),
        event('f', 'cy@example.com', '2024-05-01T10:00:04.000Z', { description: 'Wrong email or password.' }),
        event('limit_wc', 'bo@example.com', '2024-05-01T10:00:05.000Z'),
        event('mfar', 'ana@example.com', '2024-05-01T10:00:06.000Z'),
        event('gd_auth_rejected', 'ana@example.com', '2024-05-01T10:00:07.000Z'),
        event('pwd_leak', 'di@example.com', '2024-05-01T10:00:08.000Z'),
        event('ss', 'new@example.com', '2024-05-01T10:00:09.000Z'),
        event('sapi', null, '2024-05-01T10:00:10.000Z'),
      ];
      const file = writeInput(work, 'logs.json', JSON.stringify(events, null, 2));
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('auth0-logs');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 9, rowsRejected: 0, rowsSkipped: 2 });
      expect(await signinTally(engine, s.id)).toEqual({
        rows: 9,
        successes: 2,
        failures: { bad_password: 2, no_such_user: 1, locked: 1, mfa_required: 1, mfa_denied: 1, other: 1 },
      });
      const bad = writeInput(work, 'bad.ndjson', [event('s', 'a@example.com', '2024-05-01T10:00:00Z'), event('fp', 'b@example.com', 'soon')].map((e) => JSON.stringify(e)).join('\n'));
      await expect(engine.service.addSource({ path: bad, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/bad\.ndjson line 2: expected an ISO 8601 time in date/);
    });
  });

  it('is not taken for transfers', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: stream, kind: 'transfer' })).format).not.toBe('auth0-logs');
    });
  });
});

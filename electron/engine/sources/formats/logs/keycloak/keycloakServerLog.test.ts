import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

interface Row {
  ref: number;
  t: string;
  u: string;
  ip: string;
  r: string;
  app: string;
}

const rowsSql = `SELECT raw_ref::INTEGER AS ref, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, "user" AS u, ip, failure_reason AS r, app
  FROM signin WHERE source_id = $sourceId ORDER BY ref`;

describe('Keycloak server log (events of the jboss-logging listener)', () => {
  it('reads the LOGIN_ERROR lines of the three shapes Keycloak writes, in the timezone given', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('keycloak_server_log_crowdsec', 'keycloak-logs.log');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('keycloak-server-log');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0, options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ format: 'keycloak-server-log', rowsLoaded: 7, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 7, successes: 0, failures: { no_such_user: 5, bad_password: 2 } });
      const rows = await sqlOn<Row>(engine, rowsSql, { sourceId: s.id });
      expect([rows[0], rows[2], rows[4], rows[6]]).toEqual([
        { ref: 1, t: '2023-05-25 20:24:19.357', u: 'user-a', ip: '192.168.1.1', r: 'no_such_user', app: 'myweb-site' },
        { ref: 3, t: '2023-05-25 20:24:19.357', u: 'user-b', ip: '192.168.1.2', r: 'bad_password', app: 'myweb-site' },
        { ref: 5, t: '2024-05-06 18:40:16.353', u: 'sadas', ip: '192.168.1.3', r: 'no_such_user', app: 'security-admin-console' },
        { ref: 7, t: '2024-05-08 04:16:19.457', u: 'admindeddeedede', ip: '192.168.1.4', r: 'no_such_user', app: 'am-qa' },
      ]);
    });
  });

  it('loads a brute force of ten names from one address', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('keycloak_server_log_crowdsec', 'keycloak-bf.log'), kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'keycloak-server-log', rowsLoaded: 10, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 10, successes: 0, failures: { no_such_user: 3, bad_password: 7 } });
      const by = await sqlOn<{ ip: string; users: number }>(engine, 'SELECT ip, count(DISTINCT "user")::INTEGER AS users FROM signin WHERE source_id = $sourceId GROUP BY ip', { sourceId: s.id });
      expect(by).toEqual([{ ip: '192.168.1.2', users: 10 }]);
    });
  });

  it("skips the server's other lines and stack traces, counted, and reads a LOGIN logged at DEBUG as a success", async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        '2024-03-01 10:00:00,001 INFO  [io.quarkus] (main) Keycloak 24.0.1 on JVM started in 9.120s. Listening on: http://0.0.0.0:8080',
        '2024-03-01 10:05:00,100 WARN  [org.keycloak.events] (executor-thread-7) type="LOGIN_ERROR", realmId="acme", clientId="portal", userId="null", ipAddress="203.0.113.7", error="user_not_found", username="zed"',
        '2024-03-01 10:05:01,000 ERROR [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-7) Uncaught server error: java.lang.IllegalStateException',
        '\tat org.keycloak.services.resources.LoginActionsService.authenticate(LoginActionsService.java:312)',
        '2024-03-01 10:06:00,200 DEBUG [org.keycloak.events] (executor-thread-8) type="LOGIN", realmId="acme", clientId="portal", userId="6f1c", ipAddress="198.51.100.4", auth_method="openid-connect", username="alice"',
        '2024-03-01 10:06:05,000 DEBUG [org.keycloak.events] (executor-thread-8) type="CODE_TO_TOKEN", realmId="acme", clientId="portal", userId="6f1c", ipAddress="198.51.100.4"',
      ];
      const file = writeInput(work, 'server.log', lines.join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'keycloak-server-log', rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 4 });
      const rows = await sqlOn<Row>(engine, rowsSql, { sourceId: s.id });
      expect(rows.map(({ ref, u, ip, r }) => ({ ref, u, ip, r }))).toEqual([
        { ref: 2, u: 'zed', ip: '203.0.113.7', r: 'no_such_user' },
        { ref: 5, u: 'alice', ip: '198.51.100.4', r: null },
      ]);
      expect(await signinTally(engine, s.id)).toEqual({ rows: 2, successes: 1, failures: { no_such_user: 1 } });
    });
  });
});

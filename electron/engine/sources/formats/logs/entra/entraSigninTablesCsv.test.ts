import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const table = (name: string) => corpusFile('sentinel_entra_signin_tables_csv', `${name}.csv`);

describe('Entra sign-in tables of Sentinel other than SigninLogs, exported as CSV', () => {
  it('reads AADNonInteractiveUserSignInLogs (a portal export) as SigninLogs: a legacy-protocol spray, a lockout, an MFA prompt', async () => {
    await withTempCase(async (engine) => {
      const file = table('AADNonInteractiveUserSignInLogs');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 5, successes: 1, failures: { bad_password: 2, locked: 1, mfa_required: 1 } });
      const [spray] = await sqlOn<{ u: string; ip: string; c: string; asn: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, country AS c, asn, strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t FROM signin WHERE raw_ref = 3`,
      );
      expect(spray).toEqual({ u: 'bob@example.com', ip: '203.0.113.66', c: 'US', asn: '64511', t: '2024-05-06 07:31:02' });
    });
  });

  it('reads AADServicePrincipalSignInLogs with the service principal as the user and the resource as the app', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: table('AADServicePrincipalSignInLogs'), kind: 'signin' });
      expect(s).toMatchObject({ format: 'entra-signinlogs-csv', rowsLoaded: 4, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 4, successes: 1, failures: { bad_password: 2, expired: 1 } });
      const users = await sqlOn<{ u: string; app: string; n: number }>(engine, `SELECT "user" AS u, app, count(*)::INTEGER AS n FROM signin GROUP BY ALL ORDER BY u`);
      expect(users).toEqual([
        { u: 'backup-runner', app: 'Microsoft Graph', n: 3 },
        { u: 'old-reporting', app: 'Office 365 SharePoint Online', n: 1 },
      ]);
    });
  });

  it('reads AADManagedIdentitySignInLogs, whose sign-ins carry no client address', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: table('AADManagedIdentitySignInLogs'), kind: 'signin' });
      expect(s).toMatchObject({ format: 'entra-signinlogs-csv', rowsLoaded: 3, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 3, failures: {} });
      const [r] = await sqlOn<{ users: number; ips: number }>(engine, `SELECT count(DISTINCT "user")::INTEGER AS users, count(ip)::INTEGER AS ips FROM signin`);
      expect(r).toEqual({ users: 2, ips: 0 });
    });
  });
});

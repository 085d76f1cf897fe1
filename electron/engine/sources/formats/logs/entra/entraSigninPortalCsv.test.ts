import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const download = (name: string) => corpusFile('entra_signin_portal_csv', `${name}_2025-03-04_2025-03-05.csv`);

describe('Entra admin center sign-in log download (CSV)', () => {
  it('reads interactive sign-ins with the AS number of its "Autonomous system  number" column', async () => {
    await withTempCase(async (engine) => {
      const file = download('InteractiveSignIns');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0, rowsSkipped: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { bad_password: 1, mfa_required: 1 } });
      const rows = await sqlOn<{ u: string; ip: string; c: string; asn: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, country AS c, asn, strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice@contoso.example.com', ip: '203.0.113.10', c: 'AU', asn: '1001', t: '2025-03-04 08:19:41' },
        { u: 'bob@contoso.example.com', ip: '198.51.100.23', c: 'NL', asn: '64496', t: '2025-03-04 08:20:02' },
        { u: 'carol@contoso.example.com', ip: '198.51.100.23', c: 'NL', asn: '64496', t: '2025-03-04 08:20:05' },
      ]);
    });
  });

  it('reads service principal sign-ins: the signer from "Service principal name", the app the resource signed into', async () => {
    await withTempCase(async (engine) => {
      const file = download('ApplicationSignIns');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('entra-signinlogs-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 2, successes: 1, failures: { bad_password: 1 } });
      const rows = await sqlOn<{ u: string; app: string; ip: string; code: string }>(engine, `SELECT "user" AS u, app, ip, result_code AS code FROM signin ORDER BY raw_ref`);
      expect(rows).toEqual([
        { u: 'build-agent', app: 'Microsoft Graph', ip: '203.0.113.77', code: '0' },
        { u: 'build-agent', app: 'Microsoft Graph', ip: '192.0.2.200', code: '7000215' },
      ]);
    });
  });
});

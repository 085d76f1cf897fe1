import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const asa = corpusFile('cisco_asa_syslog', 'asa-vpn.log');

describe('Cisco ASA syslog', () => {
  it('loads one sign-in per attempt, the masked ***** names as no user, and finds the spray by address', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: asa, kind: 'signin' })).format).toBe('cisco-asa-auth');
      await expect(engine.service.detectSource({ path: asa, kind: 'transfer' })).rejects.toThrow(/asa-vpn\.log line 1: is a Cisco ASA \/ FTD syslog.* load it as sign-ins/);
      const s = await engine.service.addSource({ path: asa, kind: 'signin', options: { timezone: 'America/Chicago' } });
      expect(s).toMatchObject({ format: 'cisco-asa-auth', rowsLoaded: 12, rowsRejected: 0, rowsSkipped: 13 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 12, successes: 2, failures: { no_such_user: 7, other: 2, bad_password: 1 } });
      const rows = await sqlOn<{ ref: number; u: string | null; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, app, result_code AS code FROM signin WHERE raw_ref IN (3, 5, 21, 24) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { ref: 3, u: 'alice', ip: '192.0.2.10', t: '2024-04-03 13:55:02', app: 'Cisco ASA AnyConnect', code: '113039' },
        { ref: 5, u: null, ip: '203.0.113.77', t: '2024-04-03 14:10:10', app: 'Cisco ASA', code: '113005 AAA failure' },
        { ref: 21, u: 'admin', ip: '198.51.100.33', t: '2024-04-03 14:30:00', app: 'Cisco ASA', code: '113015 Invalid password' },
        { ref: 24, u: 'dave', ip: '198.51.100.50', t: '2024-04-03 14:40:05', app: 'Cisco ASA WebVPN', code: '716001' },
      ]);
      await engine.service.runDetectors({});
      const findings = await sqlOn<{ kind: string; ips: string[]; users: string[] }>(engine, `SELECT kind, ips, users FROM finding ORDER BY seq`);
      expect(findings).toEqual([{ kind: 'credential_stuffing', ips: ['203.0.113.77'], users: ['bob', 'carol'] }]);
    });
  });

  it('reads a syslog server header without a year from the year option, and rejects a message without a time', async () => {
    await withTempCase(async (engine, { work }) => {
      const msg = '%ASA-6-113015: AAA user authentication Rejected : reason = Invalid password : local database : user = erin : user IP = 192.0.2.99';
      const file = writeInput(work, 'asa.log', [`Dec 31 23:59:58 fw01 : ${msg}`, `fw01 : ${msg}`].join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0, options: { year: 2023 } })).rejects.toThrow(/asa\.log line 2: expected a time before the %ASA message/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0.5, options: { year: 2023 } });
      const [row] = await sqlOn<{ t: string; r: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, failure_reason AS r FROM signin WHERE source_id = $id`, { id: s.id });
      expect(row).toEqual({ t: '2023-12-31 23:59:58', r: 'bad_password' });
    });
  });
});

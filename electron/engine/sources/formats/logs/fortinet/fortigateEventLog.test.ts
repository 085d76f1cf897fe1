import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';

const fortigate = corpusFile('fortigate_event_log', 'fortigate-event.log');

describe('FortiGate event log', () => {
  it('loads SSL VPN login failures, SSL tunnels up and administrator logins, with their tz offset, the other events skipped', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: fortigate, kind: 'signin' })).format).toBe('fortigate-event-log');
      expect((await engine.service.detectSource({ path: fortigate, kind: 'transfer' })).format).toBe('fortigate-traffic-log');
      const s = await engine.service.addSource({ path: fortigate, kind: 'signin' });
      expect(s).toMatchObject({ format: 'fortigate-event-log', rowsLoaded: 12, rowsRejected: 0, rowsSkipped: 9 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 12, successes: 2, failures: { no_such_user: 7, other: 2, bad_password: 1 } });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; t: string; app: string; code: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, app, result_code AS code FROM signin WHERE raw_ref IN (1, 3, 20, 21) ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { ref: 1, u: 'alice', ip: '192.0.2.10', t: '2024-04-03 06:58:12', app: 'FortiGate SSL VPN', code: 'tunnel-up:tunnel established' },
        { ref: 3, u: 'admin', ip: '203.0.113.66', t: '2024-04-03 07:10:02', app: 'FortiGate SSL VPN', code: 'ssl-login-fail:sslvpn_login_unknown_user' },
        { ref: 20, u: 'fgtadmin', ip: '203.0.113.70', t: '2024-04-03 07:20:09', app: 'FortiGate admin', code: 'login:passwd_invalid' },
        { ref: 21, u: 'fgtadmin', ip: '192.0.2.5', t: '2024-04-03 07:45:00', app: 'FortiGate admin', code: 'login' },
      ]);
      await engine.service.runDetectors({});
      const findings = await sqlOn<{ kind: string; ips: string[] }>(engine, `SELECT kind, ips FROM finding ORDER BY seq`);
      expect(findings).toEqual([{ kind: 'credential_stuffing', ips: ['203.0.113.66'] }]);
    });
  });

  it('reads a line without tz= in the timezone given and rejects a line without its date, naming it', async () => {
    await withTempCase(async (engine, { work }) => {
      const line = (date: string) =>
        `${date}time=10:00:00 devname="FGT" logid="0101039426" type="event" subtype="vpn" action="ssl-login-fail" remip=198.51.100.9 user="bob" reason="sslvpn_login_unknown_user" msg="SSL user failed to logged in"`;
      const file = writeInput(work, 'fgt.log', [line('date=2024-04-03 '), line('')].join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 })).rejects.toThrow(/fgt\.log line 2: expected date=YYYY-MM-DD and time=HH:MM:SS/);
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0.5, options: { timezone: 'Europe/Paris' } });
      const [row] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%H:%M') AS t FROM signin WHERE source_id = $id`, { id: s.id });
      expect(row?.t).toBe('08:00');
    });
  });

  it("loads a real SSL VPN password-guessing run (CrowdSec hub): unknown users without a name, policy misses with theirs, in UTC from tz", async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('fortigate_event_log_crowdsec', 'fortinet-vpn-bf.log');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('fortigate-event-log');
      const s = await engine.service.addSource({ path: file, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ format: 'fortigate-event-log', rowsLoaded: 9, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 9, successes: 0, failures: { no_such_user: 4, other: 5 } });
      const rows = await sqlOn<{ u: string | null; ip: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t FROM signin WHERE source_id = $sourceId ORDER BY raw_ref LIMIT 2`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { u: null, ip: '192.168.0.1', t: '2024-10-14 20:46:40' },
        { u: 'sapservicecq1', ip: '192.168.0.1', t: '2024-10-14 20:46:41' },
      ]);
    });
  });
});


import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { jsonLines, signinTally } from '../../../../testing/logs/testkit';

const spray = corpusFile('windows_security_json', 'purplesharp_ad_playbook_I_2020-10-22042947.security-logon-subset.json');

describe('Windows Security JSON', () => {
  it('loads the PurpleSharp spray once per attempt: the DC-side 4776 and 4769 events are linked to the 4625 / 4624 they belong to', async () => {
    await withTempCase(async (engine) => {
      const records = jsonLines(spray).map((l) => l.record);
      const count = (id: number) => records.filter((r) => r.EventID === id).length;
      expect([count(4624), count(4625), count(4776), count(4769)]).toEqual([49, 7, 7, 17]);
      expect((await engine.service.detectSource({ path: spray, kind: 'signin' })).format).toBe('windows-security-json');
      const s = await engine.service.addSource({ path: spray, kind: 'signin' });
      // Read by hand (jq on EventID, TargetUserName, @timestamp): each 4776 failure is the DC's view of a 4625 of the same
      // account 0.15 s earlier; the 14 service tickets (4769) of pgustavo fall within 5 s of 14 of pgustavo's 4624s, and the
      // three machine-account tickets (WORKSTATION7$, WEC$, WORKSTATION6$) within 0.1 s of their own 4624. So 49 + 7 attempts.
      expect(s).toMatchObject({ rowsLoaded: 56, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 56, successes: 49, failures: { bad_password: 7 } });
      const sprayRows = await sqlOn<{ ip: string; users: number; n: number; code: string }>(
        engine,
        `SELECT ip, count(DISTINCT "user")::INTEGER AS users, count(*)::INTEGER AS n, any_value(result_code) AS code FROM signin WHERE NOT success GROUP BY ip`,
      );
      expect(sprayRows).toEqual([{ ip: 'WORKSTATION5', users: 7, n: 7, code: '0xc000006a' }]);
      const [skipped] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id: s.id });
      expect(skipped?.n).toBe(154 - 56);
      const [first] = await sqlOn<{ t: string; app: string }>(engine, `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S') AS t, app FROM signin ORDER BY raw_ref LIMIT 1`);
      expect(first?.t).toBe('2020-10-22T08:29:53');
      expect(first?.app).toBe('MORDORDC.theshire.local');
    });
  });

  it("reads a service ticket's account (4769, written user@REALM) as the account its logons and TGTs name", async () => {
    await withTempCase(async (engine, { work }) => {
      // The 17 service tickets of the PurpleSharp log, verbatim and alone (with the 4624s they are linked to and not
      // loaded): 14 name pgustavo@THESHIRE.LOCAL, whose 4624s name pgustavo; 3 name a machine account the same way.
      const tickets = fs.readFileSync(spray, 'utf8').split('\n').filter((l) => /"EventID":4769[,}]/.test(l));
      expect(tickets.length).toBe(17);
      const s = await engine.service.addSource({ path: writeInput(work, 'tickets.json', `${tickets.join('\n')}\n`), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 17, rowsRejected: 0 });
      expect(await sqlOn<{ user: string; n: number }>(engine, `SELECT "user", count(*)::INTEGER AS n FROM signin GROUP BY 1 ORDER BY 1`)).toEqual([
        { user: 'WEC$', n: 1 },
        { user: 'WORKSTATION6$', n: 1 },
        { user: 'WORKSTATION7$', n: 1 },
        { user: 'pgustavo', n: 14 },
      ]);
    });
  });

  it('maps NTSTATUS case-insensitively, prefers a meaningful SubStatus, and reads Winlogbeat and evtx_dump shapes', async () => {
    await withTempCase(async (engine, { work }) => {
      const flat = (id: number, status: string, sub: string, user: string) =>
        JSON.stringify({ '@timestamp': '2024-01-01T00:00:00Z', EventID: id, Channel: 'Security', TargetUserName: user, IpAddress: '::ffff:10.0.0.1', Status: status, SubStatus: sub });
      const lines = [
        flat(4625, '0xC000006D', '0xC0000064', 'ghost'),
        flat(4625, '0xc000006d', '0xc0000234', 'locked'),
        flat(4625, '0xC0000072', '0x0', 'disabled'),
        flat(4625, '0xc000006d', '0xC0000071', 'expired'),
        flat(4625, '0xc000006e', '0xc0000193', 'acctexp'),
        flat(4625, '0xc000006d', '0xc000006f', 'hours'),
        flat(4625, '0xc000006d', '0xc0000070', 'wks'),
        flat(4776, '0x0', '', 'ntlmok'),
        flat(4634, '', '', 'logoff'),
      ];
      const file = writeInput(work, 'nx.json', lines.join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 8 });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string | null; code: string; ip: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, result_code AS code, ip FROM signin ORDER BY raw_ref`,
      );
      expect(rows.map((r) => [r.u, r.ok, r.r, r.code])).toEqual([
        ['ghost', false, 'no_such_user', '0xC0000064'],
        ['locked', false, 'locked', '0xc0000234'],
        ['disabled', false, 'other', '0xC0000072'],
        ['expired', false, 'expired', '0xC0000071'],
        ['acctexp', false, 'expired', '0xc0000193'],
        ['hours', false, 'other', '0xc000006f'],
        ['wks', false, 'other', '0xc0000070'],
        ['ntlmok', true, null, '0x0'],
      ]);
      expect(rows[0]?.ip).toBe('10.0.0.1');

      const beat = JSON.stringify({
        '@timestamp': '2024-01-01T01:00:00.000Z',
        winlog: { event_id: '4625', channel: 'Security', computer_name: 'DC1', event_data: { TargetUserName: 'w', IpAddress: '192.0.2.5', Status: '0xc000006d', SubStatus: '0xc000006a' } },
      });
      const evtx = JSON.stringify({
        Event: {
          System: { EventID: 4624, Channel: 'Security', Computer: 'SRV', TimeCreated: { '#attributes': { SystemTime: '2024-01-01T02:00:00.000000Z' } } },
          EventData: { TargetUserName: 'e', IpAddress: '192.0.2.6' },
        },
      });
      const b = await engine.service.addSource({ path: writeInput(work, 'beat.json', beat + '\n'), kind: 'signin' });
      const e = await engine.service.addSource({ path: writeInput(work, 'evtx.json', evtx + '\n'), kind: 'signin' });
      const other = await sqlOn<{ u: string; ok: boolean; r: string | null; app: string; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, app, strftime(ts, '%H:%M') AS t FROM signin WHERE source_id IN ($beat, $evtx) ORDER BY source_id`,
        { beat: b.id, evtx: e.id },
      );
      expect(other).toEqual([
        { u: 'w', ok: false, r: 'bad_password', app: 'DC1', t: '01:00' },
        { u: 'e', ok: true, r: null, app: 'SRV', t: '02:00' },
      ]);
    });
  });

  it('loads the SecurityEvent CSV export of the corpus (unnamed pandas index column, zone-less UTC times)', async () => {
    await withTempCase(async (engine) => {
      const csv = corpusFile('windows_security_csv', 'host_logons.csv');
      const lines = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1);
      expect(lines.every((l) => l.split(',')[3] === '4624')).toBe(true);
      expect((await engine.service.detectSource({ path: csv, kind: 'signin' })).format).toBe('windows-security-csv');
      const s = await engine.service.addSource({ path: csv, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: lines.length, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 14, successes: 14, failures: {} });
      const [first] = await sqlOn<{ u: string; t: string; app: string; ref: number }>(
        engine,
        `SELECT "user" AS u, strftime(ts, '%Y-%m-%d %H:%M:%S.%g') AS t, app, raw_ref::INTEGER AS ref FROM signin ORDER BY raw_ref LIMIT 1`,
      );
      expect(first).toEqual({ u: 'MSTICAdmin', t: '2019-01-15 05:15:02.980', app: 'MSTICAlertsWin1', ref: 2 });
    });
  });

  it('loads the Log Analytics portal CSV export of SecurityEvent ("TimeGenerated [UTC]", US 12-hour times) as UTC', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = 'TenantId,SourceSystem,TimeGenerated [UTC],Account,Computer,Channel,EventID,Activity,TargetUserName,TargetDomainName,IpAddress,LogonType,Status,SubStatus,Type';
      const row = (t: string, id: number, user: string, ip: string, status: string, sub: string) =>
        `t1,OpsManager,"${t}",CONTOSO\\${user},dc1.contoso.example,Security,${id},"${id} - activity, with comma",${user},CONTOSO,${ip},3,${status},${sub},SecurityEvent`;
      const file = writeInput(
        work,
        'SecurityEvent.csv',
        [
          header,
          row('9/19/2023, 1:45:17.287 PM', 4625, 'ann', '198.51.100.7', '0xc000006d', '0xc000006a'),
          row('9/19/2023, 1:46:20.001 PM', 4624, 'ann', '198.51.100.8', '', ''),
          row('12/1/2023, 12:05:01.000 AM', 4634, 'ann', '-', '', ''),
        ].join('\r\n') + '\r\n',
      );
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('windows-security-csv');
      const s = await engine.service.addSource({ path: file, kind: 'signin', options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      const rows = await sqlOn<{ t: string; ok: boolean; r: string | null; ip: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S.%g') AS t, success AS ok, failure_reason AS r, ip FROM signin ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { t: '2023-09-19 13:45:17.287', ok: false, r: 'bad_password', ip: '198.51.100.7' },
        { t: '2023-09-19 13:46:20.001', ok: true, r: null, ip: '198.51.100.8' },
      ]);
    });
  });

  it('rejects a logon event without a usable time, naming file and line', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'sec.json',
        [JSON.stringify({ EventID: 4625, Channel: 'Security', TargetUserName: 'a', EventTime: 'soon' }), '[1,2]'].join('\n'),
      );
      await expect(engine.service.addSource({ path: file, kind: 'signin' })).rejects.toThrow(
        /sec\.json line 1: expected a time in @timestamp, TimeGenerated or EventTime, got a 4-character value of letters\nsec\.json line 2: expected a JSON object \(one Windows event\)/,
      );
    });
  });
});

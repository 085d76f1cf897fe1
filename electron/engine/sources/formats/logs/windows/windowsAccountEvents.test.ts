import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { evtxexport } from '../../../../testing/logs/evtxexport';
import { accountUnlocked, passwordChanged, passwordReset } from '../../../../testing/blindWindows/accountManagement';
import { lockout, preauthFailed } from '../../../../testing/blindWindows/domainAuth';
import { dcs } from '../../../../testing/blindWindows/domainLayout';
import { WinLog } from '../../../../testing/blindWindows/WinLog';
import { writeWindowsXml } from '../../../../testing/blindWindows/writeWindowsXml';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const accountEventsSql = `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') AS t, "user", kind, by_user, host, raw_ref::INTEGER AS ref FROM account_event ORDER BY raw_ref`;

describe('Windows account events (4723 password changed, 4724 reset, 4740 locked out, 4767 unlocked)', () => {
  it('loads the 4724 of a real EVTX file as a password reset, as libevtx reads it, and says so in the message', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_evtx', 'post-Security.evtx');
      const events = evtxexport(file);
      const k = events.findIndex((e) => e.eventId === 4724);
      const reset = events[k];
      expect(events.filter((e) => [4723, 4724, 4740, 4767].includes(e.eventId)).map((e) => e.eventId)).toEqual([4724]);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s.message).toContain('1 of the skipped records is an account event (password changes and resets, lockouts, unlocks)');
      expect(await sqlOn(engine, accountEventsSql)).toEqual([
        { t: reset?.systemTime.slice(0, 23), user: 'John', kind: 'password_reset', by_user: 'WIN-F0HKLEEGGT1$', host: 'John-PC', ref: k + 1 },
      ]);
    });
  });

  it('reads the four events of a wevtutil XML export, the lockout naming its caller computer, and removes them with their source', async () => {
    await withTempCase(async (engine, { work }) => {
      const log = new WinLog();
      const t0 = Date.UTC(2027, 1, 3, 9, 0);
      const dc = dcs[1];
      passwordChanged(log, t0, dc, 'anna.keller', '0x1a2b3c');
      passwordReset(log, t0 + 60_000, dc, 'ben.meyer', '0x4d5e6f');
      for (let k = 0; k < 3; k++) preauthFailed(log, t0 + 3_600_000 + k * 2000, dc, 'anna.keller', '10.30.1.7');
      lockout(log, t0 + 3_700_000, 'anna.keller', 'LT-0007');
      accountUnlocked(log, t0 + 5_400_000, 'anna.keller', '0x777777');
      const [file] = writeWindowsXml(log.events, work, 'collector');
      const s = await engine.service.addSource({ path: file as string, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-xml', rowsLoaded: 3, rowsRejected: 0 });
      expect(s.message).toContain('4 of the skipped records are account events');
      expect(await sqlOn(engine, accountEventsSql)).toEqual([
        { t: '2027-02-03T09:00:00.000', user: 'anna.keller', kind: 'password_change', by_user: 'anna.keller', host: 'DC02.corp.example.com', ref: 1 },
        { t: '2027-02-03T09:01:00.000', user: 'ben.meyer', kind: 'password_reset', by_user: 'hd.admin', host: 'DC02.corp.example.com', ref: 2 },
        { t: '2027-02-03T10:01:40.000', user: 'anna.keller', kind: 'lockout', by_user: null, host: 'LT-0007', ref: 6 },
        { t: '2027-02-03T10:30:00.000', user: 'anna.keller', kind: 'unlock', by_user: 'hd.admin', host: 'DC01.corp.example.com', ref: 7 },
      ]);
      await engine.service.removeSource({ sourceId: s.id, sha256: s.sha256, reason: 'test' });
      expect(await sqlOn(engine, `SELECT count(*)::INTEGER AS n FROM account_event`)).toEqual([{ n: 0 }]);
    });
  });

  it('reads them from NXLog JSON and from an Event Viewer CSV message (the lockout\'s Caller Computer Name), beside the sign-ins', async () => {
    await withTempCase(async (engine, { work }) => {
      const json = [
        { EventID: 4723, Channel: 'Security', Hostname: 'DC01.corp.example.com', '@timestamp': '2027-02-03T09:00:00.000Z', TargetUserName: 'anna.keller', TargetDomainName: 'CORP', SubjectUserName: 'anna.keller' },
        { EventID: 4767, Channel: 'Security', Hostname: 'DC01.corp.example.com', '@timestamp': '2027-02-03T10:30:00.000Z', TargetUserName: 'anna.keller', TargetDomainName: 'CORP', SubjectUserName: 'hd.admin' },
        { EventID: 4771, Channel: 'Security', Hostname: 'DC01.corp.example.com', '@timestamp': '2027-02-03T10:00:00.000Z', TargetUserName: 'anna.keller', IpAddress: '::ffff:192.0.2.7', Status: '0x18', PreAuthType: '2' },
      ];
      const j = await engine.service.addSource({ path: writeInput(work, 'nxlog.json', json.map((r) => JSON.stringify(r)).join('\n')), kind: 'signin' });
      expect(j).toMatchObject({ format: 'windows-security-json', rowsLoaded: 1 });
      const lockedOut = [
        'Information,12/6/2026 10:05:00 PM,Microsoft-Windows-Security-Auditing,4740,User Account Management,"A user account was locked out.',
        '',
        'Subject:',
        '\tSecurity ID:\t\tSYSTEM',
        '\tAccount Name:\t\tDC01$',
        '\tAccount Domain:\t\tCORP',
        '\tLogon ID:\t\t0x3E7',
        '',
        'Account That Was Locked Out:',
        '\tSecurity ID:\t\tCORP\\bob',
        '\tAccount Name:\t\tbob',
        '',
        'Additional Information:',
        '\tCaller Computer Name:\tWS9"',
        '',
      ].join('\r\n');
      const text = fs.readFileSync(corpusFile('windows_eventviewer_csv', 'Security-eventviewer.csv'), 'utf8');
      const lockoutLine = text.replace(/\r?\n?$/, '').split(/\r?\n/).length + 1;
      const ev = await engine.service.addSource({ path: writeInput(work, 'ev.csv', `${text.replace(/\r?\n?$/, '\r\n')}${lockedOut}`), kind: 'signin', options: { timezone: 'UTC' } });
      expect(ev).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 8, rowsSkipped: 3 });
      expect(await sqlOn(engine, `SELECT source_id, ${accountEventsSql.slice('SELECT '.length)}`)).toEqual([
        { source_id: j.id, t: '2027-02-03T09:00:00.000', user: 'anna.keller', kind: 'password_change', by_user: 'anna.keller', host: 'DC01.corp.example.com', ref: 1 },
        { source_id: j.id, t: '2027-02-03T10:30:00.000', user: 'anna.keller', kind: 'unlock', by_user: 'hd.admin', host: 'DC01.corp.example.com', ref: 2 },
        { source_id: ev.id, t: '2026-12-06T22:05:00.000', user: 'bob', kind: 'lockout', by_user: null, host: 'WS9', ref: lockoutLine },
      ]);
    });
  });
});

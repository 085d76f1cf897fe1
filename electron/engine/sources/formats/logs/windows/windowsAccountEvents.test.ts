import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { evtxexport } from '../../../../testing/logs/evtxexport';
import { accountUnlocked, passwordChanged, passwordReset } from '../../../../testing/blindWindows/accountManagement';
import { lockout, preauthFailed } from '../../../../testing/blindWindows/domainAuth';
import { dcs } from '../../../../testing/blindWindows/domainLayout';
import { WinLog } from '../../../../testing/blindWindows/WinLog';
import { writeWindowsXml } from '../../../../testing/blindWindows/writeWindowsXml';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

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
});

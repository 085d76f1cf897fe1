import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinRowsOf } from '../../../../testing/signinRowsOf';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const sample = corpusFile('windows_eventviewer_csv', 'Security-eventviewer.csv');

describe('Windows Security events saved from Event Viewer as CSV', () => {
  it('reads each sign-in from its English message: account, address, outcome and reason, at the line its record starts', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: sample, kind: 'signin', options: { timezone: 'America/New_York' } });
      expect(s).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 8, rowsSkipped: 2, rowsRejected: 0 });
      expect(await signinRowsOf(engine, s.id)).toEqual([
        { line: 2, u: 'alice', ip: '203.0.113.5', ok: false, r: 'bad_password', t: '2026-12-07 02:58:02' },
        { line: 32, u: 'nosuch', ip: '203.0.113.5', ok: false, r: 'no_such_user', t: '2026-12-07 02:58:41' },
        { line: 62, u: 'bob', ip: '203.0.113.6', ok: false, r: 'locked', t: '2026-12-07 02:59:20' },
        { line: 92, u: 'carol', ip: '198.51.100.20', ok: true, r: null, t: '2026-12-07 03:00:03' },
        { line: 142, u: 'dave', ip: '198.51.100.21', ok: false, r: 'bad_password', t: '2026-12-07 03:01:10' },
        { line: 161, u: 'erin', ip: '198.51.100.22', ok: true, r: null, t: '2026-12-07 03:02:15' },
        { line: 181, u: 'frank', ip: 'WS9', ok: false, r: 'bad_password', t: '2026-12-07 03:03:30' },
        { line: 187, u: 'grace', ip: null, ok: null, r: null, t: '2026-12-07 03:04:45' },
      ]);
    });
  });

  it('reads the Security log view\'s export, led by Keywords (Audit Success, Audit Failure) instead of Level, as the same sign-ins', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = fs.readFileSync(sample, 'utf8').replace(/^Level,/, 'Keywords,').replace(/^Information,(.*,(4625|4771|4776),)/gm, 'Audit Failure,$1').replace(/^Information,/gm, 'Audit Success,');
      expect(text.match(/^Audit Failure,/gm)).toHaveLength(5);
      const plain = await engine.service.addSource({ path: sample, kind: 'signin' });
      const keywords = await engine.service.addSource({ path: writeInput(work, 'Security-keywords.csv', text), kind: 'signin' });
      expect(keywords).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 8, rowsSkipped: 2, rowsRejected: 0 });
      expect(await signinRowsOf(engine, keywords.id)).toEqual(await signinRowsOf(engine, plain.id));
    });
  });

  it('refuses an export whose messages are in a language not read, naming it, and keeps its line count for a broken record', async () => {
    await withTempCase(async (engine, { work }) => {
      const polish = 'Poziom,Data i godzina,Źródło,Identyfikator zdarzenia,Kategoria zadania\r\nInformacje,06.12.2026 22:41:00,Microsoft-Windows-Security-Auditing,4625,Logowanie,"Nie można zalogować konta.\r\n\r\nNazwa konta:\t\talice"\r\n';
      await expect(engine.service.addSource({ path: writeInput(work, 'pl.csv', polish), kind: 'signin' })).rejects.toThrow(
        /pl\.csv line 1: is an Event Viewer export .*in a language Breachdesk does not read \(Breachdesk reads them in English, German, French and Spanish\)/,
      );
      const text = fs.readFileSync(sample, 'utf8');
      const broken = text.replace('Information,12/6/2026 10:01:10 PM', 'Information,sometime');
      const s = await engine.service.addSource({ path: writeInput(work, 'broken.csv', broken), kind: 'signin', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 7, rowsRejected: 1 });
      expect(await engine.service.listRejects({ sourceId: s.id })).toMatchObject([{ line: 142, reason: expect.stringContaining('a time in Date and Time') }]);
    });
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { sqlOn } from '../../../../testing/sqlOn';
import { signinRowsOf } from '../../../../testing/signinRowsOf';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const german = corpusFile('windows_eventviewer_csv', 'Sicherheit-ereignisanzeige-de.csv');
const french = corpusFile('windows_eventviewer_csv', 'Securite-observateur-fr.csv');
const spanish = corpusFile('windows_eventviewer_csv', 'Seguridad-visor-es.csv');

describe('Windows Security events saved from Event Viewer as CSV in German, French and Spanish', () => {
  it('reads a German export: labels, the Unterstatus:: Windows writes, dotted day-first dates; Kerberos events skipped', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: german, kind: 'signin', options: { timezone: 'Europe/Berlin' } });
      expect(s).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 5, rowsSkipped: 3, rowsRejected: 0 });
      expect(await signinRowsOf(engine, s.id)).toEqual([
        { line: 2, u: 'alice', ip: '203.0.113.5', ok: false, r: 'bad_password', t: '2026-12-13 20:58:02' },
        { line: 37, u: 'nosuch', ip: '203.0.113.5', ok: false, r: 'no_such_user', t: '2026-12-13 20:58:41' },
        { line: 72, u: 'bob', ip: '203.0.113.6', ok: false, r: 'locked', t: '2026-12-13 20:59:20' },
        { line: 107, u: 'carol', ip: '198.51.100.20', ok: true, r: null, t: '2026-12-13 21:00:03' },
        { line: 165, u: 'grace', ip: null, ok: null, r: null, t: '2026-12-13 21:04:45' },
      ]);
    });
  });

  it('reads French and Spanish exports: labels with the French space before the colon, status and sub status, French Kerberos events', async () => {
    await withTempCase(async (engine) => {
      const fr = await engine.service.addSource({ path: french, kind: 'signin', options: { timezone: 'Europe/Paris' } });
      expect(fr).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 5, rowsSkipped: 0, rowsRejected: 0 });
      expect(await signinRowsOf(engine, fr.id)).toEqual([
        { line: 2, u: 'alice', ip: '203.0.113.5', ok: false, r: 'bad_password', t: '2026-12-13 20:58:02' },
        { line: 30, u: 'nosuch', ip: '203.0.113.5', ok: false, r: 'no_such_user', t: '2026-12-13 20:58:41' },
        { line: 58, u: 'carol', ip: '198.51.100.20', ok: true, r: null, t: '2026-12-13 21:00:03' },
        { line: 90, u: 'dave', ip: '198.51.100.21', ok: false, r: 'bad_password', t: '2026-12-13 21:01:10' },
        { line: 107, u: 'erin', ip: '198.51.100.22', ok: true, r: null, t: '2026-12-13 21:02:15' },
      ]);
      const es = await engine.service.addSource({ path: spanish, kind: 'signin', options: { timezone: 'Europe/Madrid' } });
      expect(es).toMatchObject({ format: 'windows-eventviewer-csv', rowsLoaded: 3, rowsSkipped: 0, rowsRejected: 0 });
      expect(await signinRowsOf(engine, es.id)).toEqual([
        { line: 2, u: 'alice', ip: '203.0.113.5', ok: false, r: 'bad_password', t: '2026-12-13 20:58:02' },
        { line: 30, u: 'bob', ip: '203.0.113.6', ok: false, r: 'locked', t: '2026-12-13 20:59:20' },
        { line: 58, u: 'carol', ip: '198.51.100.20', ok: true, r: null, t: '2026-12-13 21:00:03' },
      ]);
    });
  });

  it('reads the dates of a localised export day first when no date tells, month first when the analyst says so', async () => {
    await withTempCase(async (engine, { work }) => {
      const early = fs.readFileSync(spanish, 'utf8').replaceAll('13/12/2026', '06/12/2026');
      const s = await engine.service.addSource({ path: writeInput(work, 'es-early.csv', early), kind: 'signin' });
      const days = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d') AS t FROM signin WHERE source_id = $id ORDER BY raw_ref`, { id: s.id });
      expect(days.map((r) => r.t)).toEqual(['2026-12-06', '2026-12-06', '2026-12-06']);
      const [source] = await sqlOn<{ order: string }>(engine, `SELECT json_extract_string(mapping, '$.dateOrder') AS "order" FROM sources WHERE id = $id`, { id: s.id });
      expect(source?.order).toMatch(/^day first, the order of this export's locale/);
      const chosen = await engine.service.addSource({ path: writeInput(work, 'es-mdy.csv', early), kind: 'signin', options: { dateOrder: 'mdy' } });
      const june = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d') AS t FROM signin WHERE source_id = $id ORDER BY raw_ref`, { id: chosen.id });
      expect(june.map((r) => r.t)).toEqual(['2026-06-12', '2026-06-12', '2026-06-12']);
    });
  });
});

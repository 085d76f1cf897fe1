import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const sample = corpusFile('jumpcloud_insights_json', 'directory-insights-events.json');

interface Row {
  u: string;
  ip: string;
  ok: boolean | null;
  r: string | null;
  t: string;
  app: string;
  c: string;
}

const rowsSql = `SELECT "user" AS u, ip, success AS ok, failure_reason AS r, strftime(ts, '%Y-%m-%d %H:%M:%S.%f') AS t, app, country AS c
  FROM signin WHERE source_id = $id ORDER BY ts`;

describe('JumpCloud Directory Insights events', () => {
  it('reads the login events of the API answer: portals, SSO by sso_token_success, RADIUS; directory changes skipped', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'signin' })).format).toBe('jumpcloud-directory-insights');
      const s = await engine.service.addSource({ path: sample, kind: 'signin' });
      expect(s).toMatchObject({ format: 'jumpcloud-directory-insights', rowsLoaded: 7, rowsSkipped: 2, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 7, successes: 4, failures: { other: 2, bad_password: 1 } });
      expect(await sqlOn<Row>(engine, rowsSql, { id: s.id })).toEqual([
        { u: 'admin@example.com', ip: '198.51.100.40', ok: true, r: null, t: '2026-12-06 21:00:00.123000', app: 'JumpCloud Admin Portal', c: 'DE' },
        { u: 'alice', ip: '203.0.113.50', ok: false, r: 'other', t: '2026-12-06 21:01:00.456000', app: 'JumpCloud User Portal', c: 'NL' },
        { u: 'alice', ip: '198.51.100.41', ok: true, r: null, t: '2026-12-06 21:02:00.789000', app: 'JumpCloud User Portal', c: 'DE' },
        { u: 'bob', ip: '198.51.100.42', ok: false, r: 'other', t: '2026-12-06 21:03:00.334334', app: 'Salesforce', c: 'DE' },
        { u: 'bob', ip: '198.51.100.42', ok: true, r: null, t: '2026-12-06 21:04:00.812449', app: 'Google Workspace', c: 'DE' },
        { u: 'carol', ip: '203.0.113.51', ok: false, r: 'bad_password', t: '2026-12-06 21:05:00.000000', app: 'JumpCloud RADIUS', c: 'DE' },
        { u: 'carol', ip: '203.0.113.51', ok: true, r: null, t: '2026-12-06 21:06:00.000000', app: 'JumpCloud RADIUS', c: 'DE' },
      ]);
    });
  });

  it('reads the events one per line too, an outcome neither field gives as unknown, and rejects a record without its time by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const events = JSON.parse(fs.readFileSync(sample, 'utf8')) as Array<Record<string, unknown>>;
      const lines = events.map((e) => JSON.stringify(e));
      const s = await engine.service.addSource({ path: writeInput(work, 'events.ndjson', lines.join('\n') + '\n'), kind: 'signin' });
      expect(s).toMatchObject({ format: 'jumpcloud-directory-insights', rowsLoaded: 7, rowsSkipped: 2, rowsRejected: 0 });

      const bind = { ...events[1], event_type: 'ldap_bind', service: 'ldap', success: undefined, timestamp: 'soon' };
      const odd = [lines[0], JSON.stringify({ ...events[1], event_type: 'ldap_bind', service: 'ldap', success: undefined }), JSON.stringify(bind)];
      const t = await engine.service.addSource({ path: writeInput(work, 'odd.ndjson', odd.join('\n') + '\n'), kind: 'signin', maxRejectShare: 0.5 });
      expect(t).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      expect(await engine.service.listRejects({ sourceId: t.id })).toMatchObject([{ line: 3, reason: expect.stringContaining('an RFC 3339 time in timestamp') }]);
      const [ldap] = await sqlOn<{ ok: boolean | null; app: string }>(engine, `SELECT success AS ok, app FROM signin WHERE source_id = $id AND result_code = 'ldap_bind'`, { id: t.id });
      expect(ldap).toEqual({ ok: null, app: 'JumpCloud LDAP' });
    });
  });
});

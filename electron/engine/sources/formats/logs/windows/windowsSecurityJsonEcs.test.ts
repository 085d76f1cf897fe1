import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

describe('Windows Security events as Winlogbeat and Elastic Agent ship them (ECS)', () => {
  it('reads the account from user.name and the client from source.ip, else source.domain, where the security module moved them', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_security_json_winlogbeat_ecs', 'security-windows2012r2-logon.ecs.ndjson');
      expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('windows-security-json');
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-json', rowsLoaded: 4, rowsRejected: 0 });
      const rows = await sqlOn<{ ref: number; t: string; u: string; ip: string | null; ok: boolean; r: string | null; app: string }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, strftime(ts, '%Y-%m-%d %H:%M:%S.%f') AS t, "user" AS u, ip, success AS ok, failure_reason AS r, app
         FROM signin WHERE source_id = $sourceId ORDER BY ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { ref: 1, t: '2019-03-29 21:10:39.786832', u: 'SYSTEM', ip: null, ok: true, r: null, app: 'vagrant-2012-r2' },
        { ref: 2, t: '2019-03-29 21:13:17.302559', u: 'vagrant', ip: '127.0.0.1', ok: true, r: null, app: 'vagrant-2012-r2' },
        { ref: 3, t: '2019-03-29 21:13:17.614994', u: 'vagrant', ip: '10.0.2.2', ok: true, r: null, app: 'vagrant-2012-r2' },
        { ref: 4, t: '2019-03-29 21:45:35.177054', u: 'bosch', ip: '::1', ok: false, r: 'no_such_user', app: 'vagrant-2012-r2' },
      ]);
    });
  });
});

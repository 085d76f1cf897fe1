import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { signinTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const rdp = corpusFile('windows_security_json_nxlog_rdp', 'rdp_interactive_taskmanager_lsass_dump_2020-09-22043748.security-logon-subset.json');

describe('Windows Security events as NXLog JSON from two hosts', () => {
  it('reads the logons of both hosts, one writing the channel "security" in lower case, linking the Kerberos and NTLM events to them', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: rdp, kind: 'signin' })).format).toBe('windows-security-json');
      const s = await engine.service.addSource({ path: rdp, kind: 'signin', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 18, rowsRejected: 0, rowsSkipped: 8 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 18, successes: 18, failures: {} });
      const byHost = await sqlOn<{ app: string; n: number; users: number }>(
        engine,
        `SELECT app, count(*)::INTEGER AS n, count(DISTINCT "user")::INTEGER AS users FROM signin GROUP BY app ORDER BY app`,
      );
      expect(byHost).toEqual([
        { app: 'MORDORDC.theshire.local', n: 11, users: 4 },
        { app: 'WORKSTATION5.theshire.local', n: 7, users: 2 },
      ]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { corpusFile } from '../testing/corpusFile';
import { withTempCase } from '../testing/withTempCase';

const sshd = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');
const windows = corpusFile('windows_security_json', 'purplesharp_ad_playbook_I_2020-10-22042947.security-logon-subset.json');
const sprayed = ['lrodriguez', 'mscott', 'nxlogsvc', 'pbeesly', 'pgustavo', 'sbeavers', 'sysmonsvc'];

describe('detectors on the real corpus', () => {
  it('finds the sshd brute force against root, led by 202.109.143.106, and no takeover', async () => {
    await withTempCase(async (engine) => {
      await engine.service.addSource({ kind: 'signin', path: sshd, options: { year: 2024 } });
      const { findings } = await engine.service.classifySignins({});
      const root = findings.find((f) => f.kind === 'brute_force' && f.users[0] === 'root');
      expect(root?.ips).toEqual(['116.31.116.27', '202.109.143.106']);
      // 42 Failed lines plus the 2 tries of pid 2738 that only its "PAM 4 more" summary tells (it began before the file).
      expect(root?.evidence.attempts).toBe(44);
      expect((root?.evidence.topSources as Array<{ ip: string }>)[0]?.ip).toBe('202.109.143.106');
      expect(root?.start).toBe('2024-02-22T16:45:20Z');
      expect(findings.filter((f) => f.kind === 'account_takeover')).toEqual([]);
      expect(findings.every((f) => !f.users.includes('drewr'))).toBe(true);
      const [leader] = await engine.service.topSources({ limit: 1 });
      expect(leader).toMatchObject({ ip: '202.109.143.106' });
      expect((await engine.service.loginSpikes({})).total).toBe(0);
      const sshdCodes = await engine.service.loginSpikes({ params: { reference: { failureCodes: ['Failed password'] } }, limit: 1000 });
      expect(sshdCodes.rows.map((r) => [r.bin, r.ip, r.user, r.failed])).toEqual([
        ['2024-02-22T16:45:00Z', '116.31.116.27', 'root', 9],
        ['2024-02-22T16:45:00Z', '202.109.143.106', 'root', 33],
      ]);
    });
  });

  it('finds the PurpleSharp password spray: one source, the seven accounts, bad passwords, no takeover', async () => {
    await withTempCase(async (engine) => {
      await engine.service.addSource({ kind: 'signin', path: windows, options: { year: 2024 } });
      const { findings } = await engine.service.classifySignins({});
      expect(findings.map((f) => f.kind)).toEqual(['password_spray']);
      const [spray] = findings;
      expect(spray?.users).toEqual(sprayed);
      expect(spray?.ips).toHaveLength(spray?.evidence.source === null ? 0 : 1);
      expect(spray?.evidence).toMatchObject({ accounts: 7, noSuchUserShare: 0 });
      expect(spray?.start.startsWith('2020-10-22T08:29:5')).toBe(true);
    });
  });
});

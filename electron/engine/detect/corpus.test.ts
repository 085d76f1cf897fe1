import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';

const corpus = '/work/shared/corpus';
const sshd = `${corpus}/openssh_syslog/OpenSSH_2k.log`;
const windows = `${corpus}/windows_security_json/purplesharp_ad_playbook_I_2020-10-22042947.security-logon-subset.json`;
const sprayed = ['lrodriguez', 'mscott', 'nxlogsvc', 'pbeesly', 'pgustavo', 'sbeavers', 'sysmonsvc'];

describe('detectors on the real corpus', () => {
  it('finds the sshd brute force against root, led by 183.62.140.253, and no takeover', async () => {
    await withTempCase(async (engine) => {
      await engine.service.addSource({ kind: 'signin', path: sshd, options: { year: 2024 } });
      const { findings } = await engine.service.classifySignins({});
      const root = findings.find((f) => f.kind === 'brute_force' && f.users[0] === 'root');
      expect(root?.ips).toContain('183.62.140.253');
      expect(root?.evidence.attempts).toBeGreaterThanOrEqual(286);
      expect((root?.evidence.topSources as Array<{ ip: string }>)[0]?.ip).toBe('183.62.140.253');
      expect(root?.start.startsWith('2024-12-10T')).toBe(true);
      expect(findings.filter((f) => f.kind === 'account_takeover')).toEqual([]);
      expect(findings.every((f) => !f.users.includes('fztu'))).toBe(true);
      const [leader] = await engine.service.topSources({ limit: 1 });
      expect(leader).toMatchObject({ ip: '183.62.140.253' });
      expect((await engine.service.loginSpikes({})).total).toBe(0);
      const sshdCodes = await engine.service.loginSpikes({ params: { reference: { failureCodes: ['Failed password'] } }, limit: 1000 });
      expect(sshdCodes.total).toBeGreaterThan(10);
      expect(sshdCodes.rows.every((r) => r.failed > 5)).toBe(true);
      const top = sshdCodes.rows.filter((r) => r.ip === '183.62.140.253' && r.user === 'root');
      expect(top.map((r) => r.bin)).toEqual(['2024-12-10T10:50:00Z', '2024-12-10T10:55:00Z', '2024-12-10T11:00:00Z']);
      expect(top.reduce((sum, r) => sum + r.failed, 0)).toBeGreaterThan(270);
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

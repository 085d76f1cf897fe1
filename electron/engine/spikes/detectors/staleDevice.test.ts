import { describe, expect, it } from 'vitest';
import { staleDeviceDomainLog } from '../../testing/blindWindows/staleDeviceDomainLog';
import { writeWindowsXml } from '../../testing/blindWindows/writeWindowsXml';
import { withTempCase } from '../../testing/withTempCase';

describe('a brute force right after the account\'s own password change (docs/detection-scenarios.md, rule 18)', () => {
  it('is the owner\'s device: medium, naming the change, set apart from another attack on the account; its sign-in is no takeover and its address no campaign source for the next person; without the change, or with other accounts tried, it stays critical', async () => {
    const found = await withTempCase(async (engine, { work }) => {
      for (const file of writeWindowsXml(staleDeviceDomainLog().events, work, 'collector')) await engine.service.addSource({ path: file, kind: 'signin' });
      const { findings } = await engine.service.classifySignins({});
      return findings;
    });
    const of = (user: string) => found.filter((f) => f.users.includes(user)).map((f) => [f.kind, f.severity]).sort();
    expect(of('anna.keller')).toEqual([['brute_force', 'medium']]);
    const anna = found.find((f) => f.kind === 'brute_force' && f.users.includes('anna.keller'));
    expect(anna?.summary).toContain('It began after anna.keller changed its password at 2027-02-04T09:00:00Z (account event), and the account signed in from the same address at 2027-02-04T15:10:00Z; the account was locked out at 2027-02-04T13:25:00Z (caller LT-0007)');
    expect(anna?.evidence.staleDevice).toEqual({ changeKind: 'password_change', changeAt: '2027-02-04T09:00:00Z', changedBy: 'anna.keller', ownerAt: '2027-02-04T15:10:00Z', lockoutAt: '2027-02-04T13:25:00Z' });
    expect(of('ben.koch')).toEqual([]);
    expect(of('carl.braun')).toEqual([['account_takeover', 'critical'], ['brute_force', 'critical']]);
    expect(of('dora.wolf')).toContainEqual(['account_takeover', 'critical']);
    const fay = found.filter((f) => f.users.includes('fay.roth'));
    expect(fay.map((f) => [f.kind, f.severity, f.ips])).toEqual([
      ['brute_force', 'medium', ['203.0.113.50']],
      ['brute_force', 'medium', ['10.30.1.10']],
    ]);
    expect(fay[1]?.summary).toContain('It began after fay.roth changed its password at 2027-02-04T10:00:00Z');
    expect(of('gil.stein')).toEqual([]);
  });
});

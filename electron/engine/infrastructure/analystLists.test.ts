import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { refreshSourceIntel } from '../intel/refreshSourceIntel';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';

/** A pseudonym of `shape` (the masked value and its keyed tag), as a pattern. */
const pseudonym = (shape: string) => new RegExp(`^${shape.replaceAll('.', '\\.').replaceAll('*', '\\*')}#[0-9a-f]{6}$`);

describe('known infrastructure and dismissals', () => {
  it('adds, lists masked or revealed, removes, audits every change and feeds the views the detectors read', async () => {
    await withTempCase(async (engine) => {
      const s = engine.service;
      const office = await s.addKnownInfrastructure({ kind: 'egress', cidr: '81.2.69.77/24', note: 'Paris office NAT' });
      expect(office).toMatchObject({ kind: 'egress', cidr: '81.2.69.0/24', account: null, note: 'Paris office NAT' });
      const vpn = await s.addKnownInfrastructure({ kind: 'vpn', cidr: '2a00:1450:4001::/48' });
      expect(vpn.cidr).toBe('2a00:1450:4001::/48');
      const svc = await s.addKnownInfrastructure({ kind: 'service_account', account: 'backup-bot@corp.example', note: 'nightly sync' });
      expect(svc.account).toBe('backup-bot@corp.example');
      await s.addKnownInfrastructure({ kind: 'service_account', account: 'build-bot@corp.example' });

      // Through the Api: each account masked by the case's pseudonym, so two accounts of one shape still differ.
      const api = engine.api;
      const masked = (await api.listKnownInfrastructure({})).map((k) => k.account);
      expect(masked).toEqual([null, null, expect.stringMatching(pseudonym('b***@c***.example')), expect.stringMatching(pseudonym('b***@c***.example'))]);
      expect(masked[2]).not.toBe(masked[3]);
      expect((await api.listKnownInfrastructure({ reveal: true }))[2]?.account).toBe('backup-bot@corp.example');

      const ip = await s.addDismissal({ kind: 'source', value: '8.8.8.8', note: 'monitoring probe' });
      await s.addDismissal({ kind: 'source', value: '8.8.4.4' });
      const user = await s.addDismissal({ kind: 'account', value: 'jane.doe@corp.example' });
      const dismissed = await api.listDismissals({});
      expect(dismissed.map((d) => [d.source, d.account])).toEqual([
        [expect.stringMatching(pseudonym('8.8.*.*')), null],
        [expect.stringMatching(pseudonym('8.8.*.*')), null],
        [null, expect.stringMatching(pseudonym('j***@c***.example'))],
      ]);
      expect(dismissed[0]?.source).not.toBe(dismissed[1]?.source);
      expect((await api.listDismissals({ reveal: true })).map((d) => d.source ?? d.account)).toEqual(['8.8.8.8', '8.8.4.4', 'jane.doe@corp.example']);
      await s.removeDismissal({ id: dismissed[1]?.id ?? 0 });
      await expect(s.addDismissal({ kind: 'source', value: '8.8.8.8' })).rejects.toThrow(/already dismissed/);

      const known = await sqlOn<{ kind: string; family: number | null; lo: string | null; hi: string | null; account: string | null }>(
        engine,
        `SELECT kind, family, cidr_start::VARCHAR AS lo, cidr_end::VARCHAR AS hi, account FROM known_infrastructure ORDER BY id`,
      );
      expect(known[0]).toEqual({ kind: 'egress', family: 4, lo: String(0x51024500), hi: String(0x510245ff), account: null });
      expect(known[2]).toEqual({ kind: 'service_account', family: null, lo: null, hi: null, account: 'backup-bot@corp.example' });
      expect(await sqlOn(engine, `SELECT kind, value, note FROM dismissed ORDER BY id`)).toEqual([
        { kind: 'source', value: '8.8.8.8', note: 'monitoring probe' },
        { kind: 'account', value: 'jane.doe@corp.example', note: '' },
      ]);

      await insertSignins(engine, [
        { ts: Date.parse('2026-07-01T08:00:00Z'), user: 'a@corp.example', ip: '81.2.69.144', success: true },
        { ts: Date.parse('2026-07-01T08:01:00Z'), user: 'b@corp.example', ip: '2a00:1450:4001:80b::200e', success: true },
        { ts: Date.parse('2026-07-01T08:02:00Z'), user: 'c@corp.example', ip: '81.2.70.1', success: false },
      ]);
      await refreshSourceIntel(requireCase(engine.ctx));
      expect(await sqlOn(engine, `SELECT ip, kind, cidr FROM known_source ORDER BY ip`)).toEqual([
        { ip: '2a00:1450:4001:80b::200e', kind: 'vpn', cidr: '2a00:1450:4001::/48' },
        { ip: '81.2.69.144', kind: 'egress', cidr: '81.2.69.0/24' },
      ]);

      await s.removeKnownInfrastructure({ id: office.id });
      await s.removeDismissal({ id: ip.id });
      await expect(s.removeDismissal({ id: ip.id })).rejects.toThrow(/No dismissal/);
      expect(await sqlOn(engine, `SELECT ip FROM known_source`)).toEqual([{ ip: '2a00:1450:4001:80b::200e' }]);
      expect((await s.listDismissals({})).map((d) => d.id)).toEqual([user.id]);

      const audit = await sqlOn<{ action: string; n: number }>(
        engine,
        `SELECT action, count(*)::INTEGER AS n FROM audit WHERE action NOT IN ('open_case', 'load_ip_dataset') GROUP BY action ORDER BY action`,
      );
      expect(audit).toEqual([
        { action: 'add_dismissal', n: 3 },
        { action: 'add_known_infrastructure', n: 4 },
        { action: 'remove_dismissal', n: 2 },
        { action: 'remove_known_infrastructure', n: 1 },
        { action: 'reveal_pii', n: 2 },
      ]);
    });
  });

  it('refuses a range that is not CIDR, a range-less egress, an account-less service account and a source that is not an address', async () => {
    await withTempCase(async (engine) => {
      const s = engine.service;
      await expect(s.addKnownInfrastructure({ kind: 'egress', cidr: '10.0.0.0/33' })).rejects.toThrow(/"10\.0\.0\.0\/33" is not an IPv4 or IPv6 address or CIDR/);
      await expect(s.addKnownInfrastructure({ kind: 'vpn', account: 'x' })).rejects.toThrow(/needs its address range/);
      await expect(s.addKnownInfrastructure({ kind: 'service_account', cidr: '10.0.0.0/8' })).rejects.toThrow(/needs the account name/);
      await expect(s.addDismissal({ kind: 'source', value: 'jane@corp.example' })).rejects.toThrow(/^A dismissed source must be one IPv4 or IPv6 address\.$/);
      expect(await s.listKnownInfrastructure({})).toEqual([]);
      expect(await sqlOn(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action LIKE 'add_%'`)).toEqual([{ n: 0 }]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { CampaignEvidence, TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { attackSourceIps } from '../../report/model/attackSourceIps';
import { withTempCase } from '../../testing/withTempCase';
import { loadTenantScenario } from '../../testing/scenarios/loadTenantScenario';
import { tenantScenario } from '../../testing/scenarios/tenantScenario';

const scenario = () => tenantScenario({ seed: 7, accounts: 1200, days: 12, proxyAccounts: 700, proxyMaxAccountsPerSource: 2, cgnatAddresses: 20 });

describe('the campaign model on a generated tenant', () => {
  it('lists every member of a campaign, paged, with totals equal to its evidence (no silent cap)', async () => {
    await withTempCase(async (engine) => {
      const s = scenario();
      await loadTenantScenario(engine, s);
      await engine.service.runDetectors({});
      const all = (await engine.service.listFindings({ limit: 1000 })).rows;
      const proxy = all.find((f) => f.kind === 'credential_stuffing' && f.evidence.shape === 'distributed') as FindingDto;
      const ev = proxy.evidence as unknown as CampaignEvidence & { userCount: number; ipCount: number };
      expect(ev.memberAccounts).toBeGreaterThan(500);
      expect(proxy.users).toHaveLength(500);
      expect(ev.userCount).toBe(ev.memberAccounts);
      const users: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = await engine.service.findingAccounts({ id: proxy.id, offset, limit: 100 });
        expect(page.total).toBe(ev.memberAccounts);
        users.push(...page.rows.map((r) => r.user as string));
        if (page.rows.length < 100) break;
      }
      expect(new Set(users).size).toBe(ev.memberAccounts);
      const sources = await engine.service.findingSources({ id: proxy.id, limit: 1000 });
      expect(sources.total).toBe(ev.memberSources);
      expect(sources.rows.every((r) => s.truth.sources.proxy_stuffing.has(r.ip as string))).toBe(true);
      const outcomes = new Set(users.filter((u) => s.truth.accounts.credential_valid.has(u)));
      expect(outcomes.size).toBe(s.truth.accounts.credential_valid.size);
      const page = await engine.service.findingAccounts({ id: proxy.id, limit: 1000 });
      const valid = page.rows.filter((r) => r.outcome === 'credential_valid').map((r) => r.user);
      expect(valid.every((u) => s.truth.accounts.credential_valid.has(u as string))).toBe(true);
      await expect(engine.service.findingAccounts({ id: 'nope' })).rejects.toThrow(/No finding nope/);
    });
  }, 120_000);

  it('keeps attack-source lists clean: campaign sources only, never a shared address or a takeover address that never attacked', async () => {
    await withTempCase(async (engine) => {
      const s = scenario();
      await loadTenantScenario(engine, s);
      await engine.service.runDetectors({});
      const stored = (await engine.service.listFindings({ limit: 1000 })).rows;
      const ips = await attackSourceIps(engine.service, { origin: 'stored', rows: stored.map((f) => ({ ...f })) });
      const attackers = new Set(Object.values(s.truth.sources).flatMap((x) => [...x]));
      expect(ips.filter((ip) => !attackers.has(ip))).toEqual([]);
      expect(ips.length).toBeGreaterThan(0.9 * attackers.size);
      const takeoverIps = stored.filter((f) => f.kind === 'account_takeover').flatMap((f) => f.ips);
      expect(takeoverIps.filter((ip) => !attackers.has(ip) && ips.includes(ip))).toEqual([]);
      expect(takeoverIps.some((ip) => !attackers.has(ip))).toBe(true);
    });
  }, 120_000);

  it('leaves out a dismissed source on the next run', async () => {
    await withTempCase(async (engine) => {
      const s = scenario();
      await loadTenantScenario(engine, s);
      const spray = [...s.truth.sources.spray][0] as string;
      await engine.service.addDismissal({ kind: 'source', value: spray, note: 'red-team exercise' });
      await engine.service.runDetectors({});
      const stored = (await engine.service.listFindings({ limit: 1000 })).rows;
      expect(stored.some((f) => f.ips.includes(spray))).toBe(false);
      expect(stored.some((f) => f.kind === 'password_spray')).toBe(true);
    });
  }, 120_000);

  it('links an export after a takeover to it and raises it', async () => {
    await withTempCase(async (engine) => {
      const s = scenario();
      await loadTenantScenario(engine, s);
      const { linkChain } = await import('./linkChain');
      await engine.service.runDetectors({});
      const takeover = (await engine.service.listFindings({ kind: 'account_takeover', limit: 1 })).rows[0] as FindingDto;
      const exportFinding = { ...takeover, id: 'bulk_export-x', kind: 'bulk_export' as const, severity: 'high' as const, start: takeover.end, evidence: {} };
      const sure = (confidence: string) => ({ ...takeover, evidence: { ...takeover.evidence, confidence, reasons: [...(takeover.evidence as unknown as TakeoverEvidence).reasons], linkedExportIds: [] } });
      const [t, x] = linkChain([sure('medium'), exportFinding]);
      expect(x).toMatchObject({ severity: 'critical', evidence: { takeoverId: takeover.id } });
      expect((t?.evidence as unknown as TakeoverEvidence).linkedExportIds).toEqual(['bulk_export-x']);
      const earlier = linkChain([sure('high'), { ...exportFinding, end: '2000-01-01T00:00:00Z' }])[1];
      expect(earlier?.severity).toBe('high');
      // Linked but not raised: a low-confidence takeover, or a crowd hour's low export.
      const [weak, linkedOnly] = linkChain([sure('low'), exportFinding]);
      expect(linkedOnly).toMatchObject({ severity: 'high', evidence: { takeoverId: takeover.id } });
      expect((weak?.evidence as unknown as TakeoverEvidence).linkedExportIds).toEqual(['bulk_export-x']);
      expect(linkChain([sure('high'), { ...exportFinding, severity: 'low' as const }])[1]).toMatchObject({ severity: 'low', evidence: { takeoverId: takeover.id } });
      // A crowd hour naming the account among its users is linked, stays low, and says which of its users was taken over.
      const crowd = { ...exportFinding, severity: 'low' as const, users: ['someone-else', ...takeover.users], summary: '12 users moved alike.', evidence: { reason: 'crowd' } };
      const linkedCrowd = linkChain([sure('high'), crowd])[1];
      expect(linkedCrowd).toMatchObject({ severity: 'low', evidence: { takeoverId: takeover.id } });
      expect(linkedCrowd?.summary).toBe(`12 users moved alike. One of its users, ${takeover.users[0]}, had been taken over before (${takeover.id}).`);
    });
  }, 120_000);
});

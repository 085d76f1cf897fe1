import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handMadeCampaignFindings } from '../testing/planted/handMadeCampaign';
import { insertFindingRows } from '../testing/planted/insertFindingRows';
import { withTempCase } from '../testing/withTempCase';

/** The value of a `data-metric` element of the report. */
function metric(html: string, key: string): number {
  const m = new RegExp(`data-metric="${key}" data-value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`metric ${key} missing`);
  return Number(m[1]);
}

describe('a report of campaigns', () => {
  it('lists campaigns, not one page per takeover, and states the campaign counts in the summary and the Art. 33 facts', async () => {
    await withTempCase(async (engine, { work }) => {
      const findings = handMadeCampaignFindings();
      await insertFindingRows(engine, findings);
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'r.html') })).outPath, 'utf8');

      const campaigns = findings.filter((f) => ['credential_stuffing', 'password_spray', 'brute_force'].includes(f.kind));
      expect(html.match(/data-campaign="/g)).toHaveLength(campaigns.length);
      expect(html).not.toContain('data-finding="ato-high"');
      const outcomes = html.match(/data-outcome="([a-z_]+)"/g) ?? [];
      expect(outcomes).toEqual(['data-outcome="account_takeover"', 'data-outcome="account_takeover"', 'data-outcome="account_takeover"', 'data-outcome="credential_valid"', 'data-outcome="mfa_fatigue"']);
      const table = html.slice(html.indexOf('<caption>Accounts at risk'));
      expect(table.indexOf('>high<')).toBeLessThan(table.indexOf('>medium<'));
      expect(table.indexOf('>medium<')).toBeLessThan(table.indexOf('>low<'));

      const everyone = new Set(findings.flatMap((f) => [...f.users, ...(f.members?.accounts.map((a) => a.user ?? '') ?? [])]));
      expect(metric(html, 'campaigns')).toBe(campaigns.length);
      expect(metric(html, 'gdpr-campaigns')).toBe(campaigns.length);
      expect(metric(html, 'gdpr-accounts-attacked')).toBe(everyone.size);
      expect(metric(html, 'accounts-attacked')).toBe(everyone.size);
      expect(metric(html, 'gdpr-accounts-taken-over')).toBe(3);
      expect(metric(html, 'gdpr-credentials-valid')).toBe(2);
      const reset = await engine.service.exportResetAccounts({ outPath: path.join(work, 'reset.csv') });
      expect(metric(html, 'gdpr-accounts-to-reset')).toBe(reset.accounts);
      expect(html).toContain('3 campaigns'.replace('3', String(campaigns.length)));
      expect(html).toContain('confidence: 1 high, 1 medium, 1 low');

      expect(html).not.toContain('203.0.113.9');
      expect(html).toContain('203.0.*.*');
      expect(html).toContain('45.137.21.9');
      expect(html).not.toMatch(/agent\d{3}@boutique-demo\.example/);

      const json = JSON.parse(fs.readFileSync((await engine.service.writeReport({ format: 'json', outPath: path.join(work, 'r.json') })).outPath, 'utf8')) as { summary: Record<string, unknown> };
      expect(json.summary).toMatchObject({ campaigns: campaigns.length, accountsAttacked: everyone.size, accountsTakenOver: 3, credentialsConfirmedValid: 2, accountsToReset: reset.accounts });
    });
  });

  it("counts an owner's own sign-in after tries (a low takeover) apart: not taken over, not listed among the accounts at risk, not to reset", async () => {
    await withTempCase(async (engine, { work }) => {
      const findings = handMadeCampaignFindings();
      const low = findings.find((f) => f.id === 'ato-low');
      if (!low) throw new Error('hand-made low takeover missing');
      const account = 'agent099@boutique-demo.example';
      const owner = { ...low, id: 'ato-owner', severity: 'low', users: [account], start: '2024-03-05T07:00:00Z', end: '2024-03-05T07:00:00Z', evidence: { ...low.evidence, account } };
      await insertFindingRows(engine, [...findings, owner]);
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'r.html') })).outPath, 'utf8');
      expect(html.match(/data-outcome="account_takeover"/g)).toHaveLength(3);
      expect(metric(html, 'gdpr-accounts-taken-over')).toBe(3);
      expect(html).toContain("Not listed here: 1 attacked account then signed in by the owner's own device on its own network");
      const reset = await engine.service.exportResetAccounts({ outPath: path.join(work, 'reset.csv'), includePersonalData: true });
      expect(metric(html, 'gdpr-accounts-to-reset')).toBe(reset.accounts);
      expect(fs.readFileSync(reset.outPath, 'utf8')).toContain('agent047@boutique-demo.example');
      expect(fs.readFileSync(reset.outPath, 'utf8')).not.toContain(account);
    });
  });
});

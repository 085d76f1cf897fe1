import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../createEngine';
import { demoSigninFacts } from './demoSigninScenario';
import { makeDemoCase } from './makeDemoCase';

describe('the demo case', () => {
  it('is built from its own scenario and shows a stuffing campaign with its members, a high-confidence takeover, the passwords confirmed valid and an MFA fatigue', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-demo-'));
    const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    try {
      await makeDemoCase(engine, path.join(work, 'case'));
      const { rows } = await engine.service.listFindings({ limit: 1000 });
      const campaign = rows.find((f) => f.kind === 'credential_stuffing' && f.evidence.shape === 'distributed');
      if (!campaign) throw new Error('the demo campaign was not found');
      const members = await engine.service.findingAccounts({ id: campaign.id, limit: 1000 });
      expect(members.total).toBe(demoSigninFacts.campaignStaff.length + demoSigninFacts.campaignCustomers.length);
      expect(members.rows.find((m) => m.user === demoSigninFacts.takeover.user)?.outcome).toBe('takeover');
      const takeovers = rows.filter((f) => f.kind === 'account_takeover');
      expect(takeovers.find((f) => f.evidence.account === demoSigninFacts.takeover.user)?.evidence.confidence).toBe('high');
      const valid = rows.filter((f) => f.kind === 'credential_valid');
      const validAccounts = (await Promise.all(valid.map((f) => engine.service.findingAccounts({ id: f.id })))).flatMap((p) => p.rows.map((m) => m.user));
      expect(validAccounts.sort()).toEqual([...demoSigninFacts.confirmedValid].sort());
      expect(rows.filter((f) => f.kind === 'mfa_fatigue').flatMap((f) => f.users)).toEqual([demoSigninFacts.mfaFatigue.user]);
      const sources = fs.readdirSync(`${path.join(work, 'case')}-inputs`);
      expect(sources.sort()).toEqual(['SigninLogs_export.csv', 'fuite_clients_extrait.csv', 'transfer_log.csv']);
    } finally {
      engine.close();
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

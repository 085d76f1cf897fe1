import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../createEngine';
import { demoSigninFacts } from './demoSigninScenario';
import { makeDemoCase } from './makeDemoCase';

describe('the demo case', () => {
  it('is built from its own scenario and shows a stuffing campaign and the account it took over', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-demo-'));
    const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    try {
      await makeDemoCase(engine, path.join(work, 'case'));
      const { rows } = await engine.service.listFindings({ limit: 1000 });
      const kinds = new Set(rows.map((f) => f.kind));
      expect(kinds.has('credential_stuffing')).toBe(true);
      const takeovers = rows.filter((f) => f.kind === 'account_takeover').flatMap((f) => f.users);
      expect(takeovers).toContain(demoSigninFacts.takeover.user);
      const sources = fs.readdirSync(`${path.join(work, 'case')}-inputs`);
      expect(sources.sort()).toEqual(['SigninLogs_export.csv', 'fuite_clients_extrait.csv', 'transfer_log.csv']);
    } finally {
      engine.close();
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

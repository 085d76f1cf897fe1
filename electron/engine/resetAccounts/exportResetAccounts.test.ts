import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertFindingRows, memberAccount } from '../testing/planted/insertFindingRows';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';

const findings = [
  { id: 'spray-1', kind: 'password_spray', users: ['ann@corp.example', 'bob@corp.example'], start: '2024-03-03T10:00:00Z', end: '2024-03-03T10:10:00Z' },
  { id: 'ato-1', kind: 'account_takeover', users: ['bob@corp.example'], start: '2024-03-03T10:20:00Z', end: '2024-03-03T10:20:00Z', evidence: { confidence: 'medium' } },
  { id: 'ato-2', kind: 'account_takeover', users: ['bob@corp.example'], start: '2024-03-04T09:00:00Z', end: '2024-03-04T09:05:00Z', evidence: { confidence: 'high' } },
  { id: 'valid-1', kind: 'credential_valid', users: ['cat@corp.example'], members: { accounts: ['cat@corp.example', 'dan@corp.example'].map((u) => memberAccount(u, { firstSeen: '2024-03-02T08:00:00Z', lastSeen: '2024-03-02T09:00:00Z' })), sources: [] }, start: '2024-03-02T08:00:00Z', end: '2024-03-02T09:00:00Z' },
  { id: 'ato-3', kind: 'account_takeover', users: ['eve@corp.example'], start: '2024-03-05T00:00:00Z', end: '2024-03-05T00:00:00Z', status: 'dismissed' },
  // The owner's own device on its own network after a campaign's tries: a low takeover, whose credential nothing says works.
  { id: 'ato-4', kind: 'account_takeover', severity: 'low', users: ['fay@corp.example'], start: '2024-03-05T01:00:00Z', end: '2024-03-05T01:00:00Z', evidence: { confidence: 'low' } },
];

describe('accounts to reset', () => {
  it('lists each takeover (but a low one) or confirmed-valid account once (the whole member table, not the preview), masked unless opted in, and audits every export', async () => {
    await withTempCase(async (engine, { work }) => {
      await insertFindingRows(engine, findings);
      const masked = await engine.service.exportResetAccounts({ outPath: path.join(work, 'reset.csv') });
      expect(masked).toMatchObject({ accounts: 3, revealed: false });
      const lines = fs.readFileSync(masked.outPath, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      // Each account as the workbench shows it: the case's pseudonym, so the rows of b***, c*** and d*** never read alike.
      const shown = async (id: string) => (await engine.api.findingAccounts({ id, limit: 10 })).rows.map((r) => r.user);
      const bob = (await engine.api.listFindings({ limit: 10 })).rows.find((f) => f.id === 'ato-2')?.users[0];
      const [cat, dan] = await shown('valid-1');
      expect([bob, cat, dan]).toEqual([expect.stringMatching(/^b\*\*\*@c\*\*\*\.example#[0-9a-f]{6}$/), expect.stringMatching(/^c\*\*\*@/), expect.stringMatching(/^d\*\*\*@/)]);
      expect(lines).toEqual([
        'account,action,reasons,confidence,first_seen_utc,last_seen_utc,finding_ids',
        `${bob},reset_password_revoke_sessions,account_takeover,high,2024-03-03T10:20:00Z,2024-03-04T09:05:00Z,ato-1 ato-2`,
        `${cat},reset_password_revoke_sessions,credential_valid,,2024-03-02T08:00:00Z,2024-03-02T09:00:00Z,valid-1`,
        `${dan},reset_password_revoke_sessions,credential_valid,,2024-03-02T08:00:00Z,2024-03-02T09:00:00Z,valid-1`,
      ]);
      expect(fs.readFileSync(masked.outPath, 'utf8')).not.toContain('corp.example');

      const clear = await engine.service.exportResetAccounts({ outPath: path.join(work, 'reset-clear.csv'), includePersonalData: true });
      expect(clear.revealed).toBe(true);
      const accounts = fs.readFileSync(clear.outPath, 'utf8').trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]);
      expect(accounts).toEqual(['bob@corp.example', 'cat@corp.example', 'dan@corp.example']);

      const audit = await sqlOn<{ action: string; personal: boolean }>(
        engine,
        `SELECT action, (detail->>'includePersonalData')::BOOLEAN AS personal FROM audit WHERE action LIKE '%reset_accounts%' ORDER BY at_ts, action`,
      );
      expect(audit.map((a) => a.action).sort()).toEqual(['export_reset_accounts', 'export_reset_accounts', 'reset_accounts_personal_data_opt_in']);
      await expect(engine.service.exportResetAccounts({ outPath: masked.outPath })).rejects.toThrow(/already exists/);
      expect(fs.readdirSync(work).filter((f) => f.includes('partial'))).toEqual([]);
      expect(path.dirname(clear.outPath)).toBe(fs.realpathSync(work));
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertFindingRows, memberAccount, type FindingRow } from '../testing/planted/insertFindingRows';
import { withTempCase } from '../testing/withTempCase';

const at = '2024-03-03T10:00:00Z';
const account = (name: string) => `${name}@corp.example`;
const takeover = (id: string, name: string, severity: string, confidence: string, status = 'new'): FindingRow => ({
  id,
  kind: 'account_takeover',
  severity,
  users: [account(name)],
  start: at,
  end: at,
  status,
  evidence: { account: account(name), confidence },
});
const valid = (id: string, preview: string[], members: string[]): FindingRow => ({
  id,
  kind: 'credential_valid',
  users: preview.map(account),
  start: at,
  end: at,
  members: { accounts: members.map((m) => memberAccount(account(m), { outcome: 'credential_valid' })), sources: [] },
});
const fatigue = (id: string, name: string): FindingRow => ({
  id,
  kind: 'mfa_fatigue',
  users: [account(name)],
  start: at,
  end: at,
  evidence: { account: account(name) },
});

// Two accounts taken over above low (one of them also with a low takeover), one dismissed; three owners' own sign-ins after
// tries and a dismissed one; two confirmed-valid findings whose members are four accounts (ian in both); MFA fatigue on bob (also taken over) and kim.
const findings: FindingRow[] = [
  takeover('ato-ann', 'ann', 'high', 'high'),
  takeover('ato-ann-low', 'ann', 'low', 'low'),
  takeover('ato-bob', 'bob', 'medium', 'low'),
  takeover('ato-cat', 'cat', 'critical', 'high', 'dismissed'),
  takeover('own-dan', 'dan', 'low', 'low'),
  takeover('own-eve', 'eve', 'low', 'low'),
  takeover('own-gus', 'gus', 'low', 'low', 'dismissed'),
  takeover('own-fay', 'fay', 'low', 'low'),
  valid('valid-1', ['gil', 'hal'], ['gil', 'hal', 'ian']),
  valid('valid-2', ['ian'], ['ian', 'jon']),
  fatigue('mfa-bob', 'bob'),
  fatigue('mfa-kim', 'kim'),
];

describe('accounts at risk', () => {
  it('counts accounts, not findings, exactly as the report states them and as the reset export then writes', async () => {
    await withTempCase(async (engine, { work }) => {
      expect(await engine.service.accountsAtRisk({})).toEqual({
        takenOver: 0,
        takenOverByConfidence: { high: 0, medium: 0, low: 0 },
        ownerSigninsAfterTries: 0,
        credentialsValid: 0,
        mfaFatigue: 0,
        toReset: 0,
      });
      await insertFindingRows(engine, findings);
      const risk = await engine.service.accountsAtRisk({});
      expect(risk).toEqual({
        takenOver: 2,
        takenOverByConfidence: { high: 1, medium: 0, low: 1 },
        ownerSigninsAfterTries: 3,
        credentialsValid: 4,
        mfaFatigue: 2,
        toReset: 7,
      });

      const json = JSON.parse(fs.readFileSync((await engine.service.writeReport({ format: 'json', outPath: path.join(work, 'r.json') })).outPath, 'utf8')) as {
        summary: Record<string, unknown>;
      };
      expect(json.summary).toMatchObject({
        accountsTakenOver: risk.takenOver,
        takeoversByConfidence: risk.takenOverByConfidence,
        credentialsConfirmedValid: risk.credentialsValid,
        mfaFatigue: risk.mfaFatigue,
        accountsToReset: risk.toReset,
      });
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'r.html') })).outPath, 'utf8');
      expect(html).toContain(`Not listed here: ${risk.ownerSigninsAfterTries} attacked accounts then signed in by the owner`);
      expect(html).toContain(`${risk.credentialsValid} passwords confirmed valid`);
      // The low takeovers page apart in the workbench (listFindings of exactly low severity, not dismissed): every one.
      const low = await engine.service.listFindings({ kind: 'account_takeover', severity: 'low', undismissed: true, limit: 2 });
      expect([low.total, low.rows.map((f) => f.id)]).toEqual([4, ['ato-ann-low', 'own-dan']]);
      expect((await engine.service.listFindings({ kind: 'account_takeover', severity: 'low', undismissed: true, offset: 2, limit: 2 })).rows.map((f) => f.id)).toEqual(['own-eve', 'own-fay']);
      const aboveLow = (a: { undismissed: boolean }) => engine.service.listFindings({ kind: 'account_takeover', minSeverity: 'medium', ...a });
      expect([(await aboveLow({ undismissed: false })).total, (await aboveLow({ undismissed: true })).total]).toEqual([3, 2]);
      expect((await engine.service.exportResetAccounts({ outPath: path.join(work, 'reset.csv') })).accounts).toBe(risk.toReset);
    });
  });
});

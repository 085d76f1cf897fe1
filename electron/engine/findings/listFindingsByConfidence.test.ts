import { describe, expect, it } from 'vitest';
import { resetKinds } from '../../../shared/api/resetAccountsApi';
import { limits } from '../../../shared/limits';
import { insertFindingRows } from '../testing/planted/insertFindingRows';
import { manyTakeovers } from '../testing/planted/manyTakeovers';
import { withTempCase } from '../testing/withTempCase';

/** The Accounts at risk list's read: every outcome kind, not dismissed, the low takeovers apart, by confidence. */
const atRisk = { kinds: [...resetKinds], undismissed: true, exceptLowTakeovers: true, order: 'confidence' as const };

describe('listFindings by confidence', () => {
  it('pages every account outcome of a case with more takeovers than one read, top rows first out of all of them, each once, its total the report’s findings', async () => {
    await withTempCase(async (engine) => {
      const { stored, listed, owners, dismissed } = manyTakeovers();
      await insertFindingRows(engine, stored);
      expect((await engine.service.listFindings({ kind: 'account_takeover', limit: 1 })).total).toBeGreaterThan(limits.listItems);

      const seen: string[] = [];
      for (let offset = 0; offset < listed.length; offset += 100) {
        const page = await engine.service.listFindings({ ...atRisk, offset, limit: 100 });
        expect(page.total).toBe(listed.length);
        seen.push(...page.rows.map((f) => f.id));
      }
      expect(seen).toEqual(listed);

      // The same rows as the report's figures: every takeover above low is one account taken over, one per finding here.
      const risk = await engine.service.accountsAtRisk({});
      expect(seen.filter((id) => id.startsWith('ato-'))).toHaveLength(risk.takenOver);
      expect(risk.ownerSigninsAfterTries).toBe(owners);
      expect((await engine.service.listFindings({ kinds: [...resetKinds], status: 'dismissed', limit: 1 })).total).toBe(dismissed);
    });
  });

  it('orders takeovers by confidence, the more severe first within one (an owner sign-in after tries is low), then the other outcomes, whatever order they were stored in', async () => {
    await withTempCase(async (engine) => {
      const { stored } = manyTakeovers();
      const keep = new Set(['own-00', 'valid-1', 'ato-low', 'mfa-1', 'ato-medium', 'ato-high']);
      await insertFindingRows(engine, stored.filter((f) => keep.has(f.id)));
      const page = await engine.service.listFindings({ kinds: [...resetKinds], order: 'confidence' });
      expect(page.rows.map((f) => f.id)).toEqual(['ato-high', 'ato-medium', 'ato-low', 'own-00', 'valid-1', 'mfa-1']);
      const inStoredOrder = await engine.service.listFindings({ kinds: [...resetKinds] });
      expect(inStoredOrder.rows.map((f) => f.id)).toEqual(['own-00', 'ato-low', 'ato-high', 'ato-medium', 'valid-1', 'mfa-1']);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { handMadeCampaignFindings } from '../testing/planted/handMadeCampaign';
import { insertFindingRows } from '../testing/planted/insertFindingRows';
import { withTempCase } from '../testing/withTempCase';

const campaignKinds = ['credential_stuffing', 'password_spray', 'brute_force'] as const;

describe('listFindings of several kinds', () => {
  it('pages the findings of any of the kinds as one list in stored order, with its exact total, other filters still applied', async () => {
    await withTempCase(async (engine) => {
      const stored = handMadeCampaignFindings();
      await insertFindingRows(engine, stored);
      const campaigns = stored.filter((f) => (campaignKinds as readonly string[]).includes(f.kind)).map((f) => f.id);
      expect(campaigns.length).toBeGreaterThan(1);
      expect(stored.length).toBeGreaterThan(campaigns.length);

      const pages: string[] = [];
      for (let offset = 0; offset < campaigns.length + 1; offset++) {
        const page = await engine.service.listFindings({ kinds: [...campaignKinds], offset, limit: 1 });
        expect(page.total).toBe(campaigns.length);
        pages.push(...page.rows.map((f) => f.id));
      }
      expect(pages).toEqual(campaigns);

      await engine.service.updateFinding({ id: campaigns[0] ?? '', status: 'dismissed' });
      const undismissed = await engine.service.listFindings({ kinds: [...campaignKinds], undismissed: true });
      expect(undismissed.rows.map((f) => f.id)).toEqual(campaigns.slice(1));
      expect((await engine.service.listFindings({ kinds: [...campaignKinds], status: 'dismissed' })).total).toBe(1);
      expect((await engine.service.listFindings({ kinds: ['password_spray', 'account_takeover'], kind: 'password_spray' })).rows.every((f) => f.kind === 'password_spray')).toBe(true);
      await expect(engine.service.listFindings({ kinds: [] })).rejects.toThrow();
    });
  });
});

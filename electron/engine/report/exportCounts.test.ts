import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** A metric the report's HTML states (`data-metric` / `data-value`), or null when it states none. */
function metric(html: string, key: string): number | null {
  const m = new RegExp(`data-metric="${key}" data-value="([^"]*)"`).exec(html);
  return m ? Number(m[1]) : null;
}

describe("the Art. 33 facts' possible exfiltration", () => {
  it('counts bulk exports of medium or more outside crowd hours, over every stored finding, live and stored alike, a dismissed one left out', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = exportScenario({ seed: 7, users: 120, days: 21, burstShare: 0.6, burstBytes: 3e9, bulk: 4, slow: 0, serviceExfil: 1 });
      await engine.service.addSource({ path: writeInput(work, 'transfers.csv', s.csv), kind: 'transfer' });
      fs.mkdirSync(path.join(work, 'out'));
      const html = async (name: string) => fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', name) })).outPath, 'utf8');
      const live = await html('live.html');

      await engine.service.runDetectors({});
      const all = (await engine.service.listFindings({ kind: 'bulk_export', limit: 1000 })).rows;
      const counted = all.filter((f) => f.severity !== 'low' && f.evidence.reason !== 'crowd');
      expect(all.some((f) => f.evidence.reason === 'crowd')).toBe(true);
      expect(counted.length).toBeGreaterThan(1);
      const accounts = new Set(counted.flatMap((f) => f.users)).size;
      for (const doc of [live, await html('stored.html')]) {
        expect(metric(doc, 'gdpr-bulk-exports')).toBe(counted.length);
        expect(metric(doc, 'gdpr-bulk-export-accounts')).toBe(accounts);
        expect(doc).toMatch(new RegExp(`>${accounts}</span> account${accounts === 1 ? '' : 's'}[;.]`));
      }

      await engine.service.updateFinding({ id: counted[0]?.id ?? '', status: 'dismissed' });
      expect(metric(await html('dismissed.html'), 'gdpr-bulk-exports')).toBe(counted.length - 1);
    });
  });
});

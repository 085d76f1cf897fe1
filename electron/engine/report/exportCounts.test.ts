import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../shared/format/formatCount';
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
      const low = all.filter((f) => f.severity === 'low' && f.evidence.reason !== 'crowd').length;
      const crowds = all.filter((f) => f.evidence.reason === 'crowd').length;
      expect([low, crowds, counted.length + low + crowds]).toEqual([6, 1, all.length]);
      for (const doc of [live, await html('stored.html')]) {
        expect(metric(doc, 'gdpr-bulk-exports')).toBe(counted.length);
        expect(metric(doc, 'gdpr-bulk-export-accounts')).toBe(accounts);
        // The findings left out are said beside the count, so its parts add up to the bulk exports the summary lists.
        expect(doc).toContain(`>${accounts}</span> accounts; 6 low findings of one account and 1 hour when many users moved alike (a release, a re-sync) are not counted.</li>`);
      }

      await engine.service.updateFinding({ id: counted[0]?.id ?? '', status: 'dismissed' });
      expect(metric(await html('dismissed.html'), 'gdpr-bulk-exports')).toBe(counted.length - 1);
    });
  });

  it('writes a bulk export as the rule judged it (why, in words and units) and a crowd hour with its members, not their raw evidence fields', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = exportScenario({ seed: 7, users: 120, days: 21, burstShare: 0.6, burstBytes: 3e9, bulk: 4, slow: 0, serviceExfil: 1 });
      await engine.service.addSource({ path: writeInput(work, 'transfers.csv', s.csv), kind: 'transfer' });
      await engine.service.runDetectors({});
      fs.mkdirSync(path.join(work, 'out'));
      const doc = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', 'r.html') })).outPath, 'utf8');
      const article = (id: string) => new RegExp(`<article[^>]*data-finding="${id}">([\\s\\S]*?)</article>`).exec(doc)?.[1] ?? '';
      const all = (await engine.service.listFindings({ kind: 'bulk_export', limit: 1000 })).rows;
      const high = all.find((f) => f.severity === 'high' && f.evidence.reason !== 'crowd');
      const crowd = all.find((f) => f.evidence.reason === 'crowd');
      const pull = article(high?.id ?? '-');
      expect(pull).toContain('<ul class="why"><li>');
      expect(pull).toContain('By volume, a bulk pull.');
      expect(pull).toMatch(/<td>moved<\/td><td>[\d.]+ [kMGT]?B in \d+ hours?, peak [\d.]+ [kMGT]?B at \d{4}-\d{2}-\d{2} \d{2}:00:00 UTC<\/td>/);
      expect(pull).not.toContain('ipCount');
      // The run's expected volume (habit, crowd or repeat per hour, summed) is not called "usual", the word the summary uses for the user's own hour.
      expect(pull).toMatch(/<td>expected for those hours \(the user&#39;s habit, or a crowd&#39;s or repeating job&#39;s volume\)<\/td><td class="num">[\d.]+ [kMGT]?B<\/td>/);
      expect(doc).not.toContain('usual for those hours');
      const members = article(crowd?.id ?? '-');
      expect(members).toContain('one low finding for the hour');
      expect(members).toContain(`<td>users who moved alike</td><td class="num">${formatCount(Number(crowd?.evidence.crowdSize))}</td>`);
      const memberTable = members.slice(members.lastIndexOf('<table'));
      expect((memberTable.match(/<tr>/g) ?? []).length - 1).toBe(Math.min(Number(crowd?.evidence.crowdSize), 50));
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertFindingRows, memberAccount, type FindingRow } from '../testing/planted/insertFindingRows';
import { withTempCase } from '../testing/withTempCase';

/** A metric the report's HTML states (`data-metric` / `data-value`). */
function metric(html: string, key: string): number {
  const m = new RegExp(`data-metric="${key}" data-value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`metric ${key} missing`);
  return Number(m[1]);
}

const at = '2024-03-05T01:00:00Z';
const ipOf = (i: number) => `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`;

/** A stored brute force against account `acct${i}` from its own address, with its member tables. */
function bruteForce(i: number): FindingRow {
  const ip = ipOf(i);
  const user = `acct${i}@corp.example`;
  return {
    id: `brute-${i}`,
    kind: 'brute_force',
    severity: 'medium',
    ips: [ip],
    users: [user],
    start: at,
    end: at,
    evidence: { campaign: true, shape: 'brute_force', windowStart: at, windowEnd: at, attempts: 20, memberAccounts: 1, memberSources: 1, leakedAccounts: null, leakOverlap: null, noSuchUserShare: 0, recoveredShare: 0, userAgents: 1, userAgentClusters: [], asnMix: [], countryMix: [], takeovers: 0, confirmedValid: 0 },
    members: { accounts: [memberAccount(user, { attempts: 20 })], sources: [{ ip, attempts: 20, accounts: 1, asn: null, country: null, rangeLabel: null, firstSeen: at, lastSeen: at }] },
  };
}

/** `n` stored bulk exports of 5 GB, one a user, the first 30 high and the rest medium, each of the status `status` gives it. */
function bulkExportRows(n: number, status: (i: number) => string = () => 'new'): FindingRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bulk-${i}`,
    kind: 'bulk_export',
    severity: i < 30 ? 'high' : 'medium',
    users: [`staff${i}@corp.example`],
    start: at,
    end: at,
    status: status(i),
    evidence: { user: `staff${i}@corp.example`, unit: 'bytes', hours: 1, total: 5e9, reason: 'baseline' },
  }));
}

describe('a report of a case holding more findings than a page', () => {
  it('counts every campaign and takeover, and lists the most severe bulk exports with their total', async () => {
    await withTempCase(async (engine, { work }) => {
      const brute = Array.from({ length: 1100 }, (_, i) => bruteForce(i));
      const takeover: FindingRow = {
        id: 'ato-1',
        kind: 'account_takeover',
        severity: 'critical',
        ips: [ipOf(1099)],
        users: ['acct1099@corp.example'],
        start: at,
        end: at,
        evidence: { account: 'acct1099@corp.example', confidence: 'high', reasons: [], suspicious: { ts: at, ip: ipOf(1099), asn: null, country: null, userAgent: null }, usualSources: [], campaignId: 'brute-1099', failuresBefore: 20, successes: 1, linkedExportIds: [] },
      };
      const exports = bulkExportRows(260);
      await insertFindingRows(engine, [...brute, takeover, ...exports]);
      fs.mkdirSync(path.join(work, 'out'));
      const out = await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', 'report.html') });
      const html = fs.readFileSync(out.outPath, 'utf8');
      expect(metric(html, 'gdpr-campaigns')).toBe(1100);
      expect(metric(html, 'gdpr-accounts-taken-over')).toBe(1);
      expect(metric(html, 'gdpr-bulk-exports')).toBe(260);
      expect(metric(html, 'findings-listed')).toBe(200);
      expect(html).toContain('1,100 brute-force attacks, 1 account takeover, 260 bulk exports');
      expect(html.match(/data-finding="bulk-\d+"/g)).toHaveLength(200);
      expect(html).toContain('data-finding="bulk-29"');
    });
  });

  it('lists the 200 most severe bulk exports not dismissed: a dismissed one among them leaves its place to the next, not a gap', async () => {
    await withTempCase(async (engine, { work }) => {
      await insertFindingRows(engine, bulkExportRows(210, (i) => (i === 3 ? 'dismissed' : 'new')));
      fs.mkdirSync(path.join(work, 'out'));
      const html = fs.readFileSync((await engine.service.writeReport({ format: 'html', outPath: path.join(work, 'out', 'report.html') })).outPath, 'utf8');
      expect(metric(html, 'gdpr-bulk-exports')).toBe(209);
      expect(html.match(/data-finding="bulk-\d+"/g)).toHaveLength(200);
      expect(html).not.toContain('data-finding="bulk-3"');
      expect(html).toContain('data-finding="bulk-200"');
    });
  });
});

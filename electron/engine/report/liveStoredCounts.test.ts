import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { insertSignins, type SigninFixture } from '../testing/planted/insertSignins';
import { emp, plantedScenario, scenarioStart } from '../testing/planted/plantedScenario';
import { withTempCase, writeInput } from '../testing/withTempCase';

const hour = 3_600_000;
const day = 86_400_000;
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ok = (ts: number, ip: string): SigninFixture => ({ ts, user: emp(170), ip, success: true, resultCode: '0', userAgent: phone });

/** emp(170)'s phone on its own /24 before and after the planted spray tried the account: a low takeover (the owner's own sign-in after tries). */
const ownerSignin = [ok(scenarioStart + 12 * hour, '203.0.113.10'), ok(scenarioStart + day + 12 * hour, '203.0.113.11'), ok(scenarioStart + 2 * day + 19 * hour, '203.0.113.77')];

/** Every figure the report's HTML states (`data-metric` / `data-value`), by key, but its version (each report is the next one). */
function metrics(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/data-metric="([^"]+)" data-value="([^"]*)"/g)].flatMap((m) => (m[1] === 'report-version' ? [] : [[m[1], m[2]]])));
}

describe('a report written before and after Run detectors', () => {
  it('states the same campaign, outcome and export figures: the live findings are counted by the stored findings’ SQL', async () => {
    await withTempCase(async (engine, { work }) => {
      await insertSignins(engine, [...plantedScenario(), ...ownerSignin]);
      const s = exportScenario({ seed: 7, users: 120, days: 21, burstShare: 0.6, burstBytes: 3e9, bulk: 4, slow: 0, serviceExfil: 1 });
      await engine.service.addSource({ path: writeInput(work, 'transfers.csv', s.csv), kind: 'transfer' });
      fs.mkdirSync(path.join(work, 'out'));
      const write = async (name: string) => {
        const out = (format: 'json' | 'html') => engine.service.writeReport({ format, outPath: path.join(work, 'out', `${name}.${format}`) });
        const json = JSON.parse(fs.readFileSync((await out('json')).outPath, 'utf8')) as { report: { findingsOrigin: string }; summary: Record<string, unknown> };
        return { origin: json.report.findingsOrigin, summary: json.summary, metrics: metrics(fs.readFileSync((await out('html')).outPath, 'utf8')) };
      };
      const live = await write('live');
      await engine.service.runDetectors({});
      const stored = await write('stored');
      const risk = await engine.service.accountsAtRisk({});
      expect([live.origin, stored.origin]).toEqual(['live', 'stored']);
      expect(risk.ownerSigninsAfterTries).toBe(1);
      expect(stored.summary).toMatchObject({ accountsTakenOver: risk.takenOver, accountsToReset: risk.toReset });
      expect(Number(stored.metrics['gdpr-bulk-exports'])).toBeGreaterThan(0);
      expect(live.summary).toEqual(stored.summary);
      expect(live.metrics).toEqual(stored.metrics);
    });
  });
});

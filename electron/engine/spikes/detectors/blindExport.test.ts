import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { blindExportReport } from '../../testing/blindExport/blindExportReport';
import { runBlindExportCase, type BlindExportResult } from '../../testing/blindExport/runBlindExportCase';
import type { BlindExportParams } from '../../testing/blindExport/blindTransferLog';

/** The opt-in blind run's cases: 100–5 000 people over 14–60 days. */
const blindCases: BlindExportParams[] = [
  { seed: 1, people: 150, days: 14 },
  { seed: 2, people: 600, days: 30 },
  { seed: 3, people: 1500, days: 21 },
  { seed: 4, people: 3000, days: 45 },
  { seed: 5, people: 5000, days: 60 },
];

describe.runIf(process.env.BREACHDESK_BLIND_EXPORT === '1')(
  'export detectors on a blind transfer log (docs/detection-scenarios.md, "The export blind test")',
  () => {
    it('reports honest users named by severity and behaviour, and recall per exfiltration class', async () => {
      const results: BlindExportResult[] = [];
      for (const p of blindCases) results.push(await withTempCase((engine, { work }) => runBlindExportCase(engine, work, p)));
      const report = blindExportReport(results);
      if (process.env.BREACHDESK_BLIND_EXPORT_OUT) fs.writeFileSync(process.env.BREACHDESK_BLIND_EXPORT_OUT, report);
      else console.log(report);
      expect(results.length).toBe(blindCases.length);
    }, 1_800_000);
  },
);

describe('export detectors on a small blind transfer log (docs/detection-scenarios.md, "The export blind test")', () => {
  it('load every row, name no honest user at critical, and find most exfiltration at medium or above', async () => {
    const p = blindCases[0] as BlindExportParams;
    const r = await withTempCase((engine, { work }) => runBlindExportCase(engine, work, p));
    expect(r.loaded).toBe(r.written);
    expect(r.score.wrong.filter((w) => w.severity === 'critical').map((w) => w.summary)).toEqual([]);
    const atLeastMedium = r.score.recall.reduce((s, x) => s + (x.severity.critical ?? 0) + (x.severity.high ?? 0) + (x.severity.medium ?? 0), 0);
    const incidents = r.score.recall.reduce((s, x) => s + x.incidents, 0);
    expect(incidents).toBe(6);
    expect(atLeastMedium).toBeGreaterThanOrEqual(4);
    expect(r.score.reference.exfil).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

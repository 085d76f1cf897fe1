import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { behaviourExportCases, randomExportSweepCases, runExportSweepCase, type ExportSweepResult } from '../../testing/scenarios/exportSweep';
import { benignTotal, bulkNotHigh, exportSweepReport } from '../../testing/scenarios/exportSweepReport';

/**
 * The export sweep (docs/detection-scenarios.md, "The export sweep"): opt-in, several minutes, skipped by default
 * because it generates and loads millions of rows. `BREACHDESK_EXPORT_SWEEP=1 npx vitest run
 * electron/engine/spikes/detectors/exportSweep.test.ts`; `BREACHDESK_EXPORT_SWEEP_CASES` random cases (24 by default)
 * after the behaviour cases; `BREACHDESK_EXPORT_SWEEP_OUT` names a markdown file for the figures.
 */
describe.runIf(process.env.BREACHDESK_EXPORT_SWEEP === '1')('bulk-export detector over many seeds, sizes and benign behaviours (opt-in, BREACHDESK_EXPORT_SWEEP=1: about two minutes)', () => {
  it('finds every bulk pull, every one of 12 GB and more high, and reports benign users flagged by severity and behaviour', async () => {
    const cases = [...behaviourExportCases(), ...randomExportSweepCases(Number(process.env.BREACHDESK_EXPORT_SWEEP_CASES ?? 24))];
    const results: ExportSweepResult[] = [];
    for (const c of cases) {
      const x = await withTempCase((engine, { work }) => runExportSweepCase(engine, work, c));
      results.push(x);
      console.log(`${c.name}: ${x.rows} rows, ${x.seconds} s, benign high/medium/low ${benignTotal(x, 'high')}/${benignTotal(x, 'medium')}/${benignTotal(x, 'low')}`);
    }
    const report = exportSweepReport(results);
    if (process.env.BREACHDESK_EXPORT_SWEEP_OUT) fs.writeFileSync(process.env.BREACHDESK_EXPORT_SWEEP_OUT, report);
    else console.log(report);
    const bulk = results.filter((x) => x.c.attacks).map((x) => x.score.classes.find((s) => s.cls === 'bulk'));
    expect(bulk.filter((s) => s && s.detected < s.incidents).length).toBe(0);
    expect(results.map(bulkNotHigh).reduce((a, b) => a + b, 0)).toBe(0);
  }, 3_600_000);
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { phenomenonCases, randomSweepCases, runSweepCase, type SweepResult } from '../../testing/scenarios/signinSweep';
import { sweepReport } from '../../testing/scenarios/sweepReport';

/**
 * The sweep (docs/detection-scenarios.md, "The sweep"): opt-in, several minutes. `BREACHDESK_SWEEP=1 npx vitest run
 * electron/engine/spikes/detectors/signinSweep.test.ts`; `BREACHDESK_SWEEP_CASES` random cases (30 by default), each
 * benign phenomenon alone and with attacks; `BREACHDESK_SWEEP_OUT` names a markdown file for the figures.
 */
describe.runIf(process.env.BREACHDESK_SWEEP === '1')('sign-in detectors over many seeds, parameters and benign phenomena', () => {
  it('names no honest account or address at high or critical, and misreads no attacked account at critical', async () => {
    const cases = [...phenomenonCases(), ...randomSweepCases(Number(process.env.BREACHDESK_SWEEP_CASES ?? 30))];
    const results: SweepResult[] = [];
    for (const c of cases) {
      results.push(await withTempCase((engine) => runSweepCase(engine, c)));
      const last = results[results.length - 1] as SweepResult;
      console.log(`${c.name}: ${last.rows} rows, ${last.wrong.filter((w) => w.wrong).length} wrong high/critical`);
    }
    const report = sweepReport(results);
    if (process.env.BREACHDESK_SWEEP_OUT) fs.writeFileSync(process.env.BREACHDESK_SWEEP_OUT, report);
    else console.log(report);
    // Known and documented: a brute-forced account's first sign-in from home in a short log is a high (medium-confidence) takeover.
    const honest = (w: SweepResult['wrong'][number]) => Object.keys(w.phenomena).some((k) => !k.startsWith('attacked'));
    const wrong = results.flatMap((x) => x.wrong.filter((w) => w.wrong && (honest(w) || w.severity === 'critical')).map((w) => `${x.c.name}: ${w.kind} ${w.severity}: ${w.summary}`));
    expect(wrong).toEqual([]);
  }, 3_600_000);
});

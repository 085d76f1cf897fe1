import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { blindReport } from '../../testing/blind/blindReport';
import { runBlindCase, type BlindResult } from '../../testing/blind/runBlindCase';
import type { BlindParams } from '../../testing/blind/blindTenant';

/** The opt-in blind run's cases: sizes 300–5 000 accounts over 7–30 days, UTC and local-time logs. */
const blindCases: BlindParams[] = [
  { seed: 1, accounts: 300, days: 7, localTime: false },
  { seed: 2, accounts: 800, days: 14, localTime: true },
  { seed: 3, accounts: 1500, days: 10, localTime: false },
  { seed: 4, accounts: 2500, days: 21, localTime: true },
  { seed: 5, accounts: 5000, days: 30, localTime: false },
];

describe.runIf(process.env.BREACHDESK_BLIND === '1')('sign-in detectors on a blind tenant (docs/detection-scenarios.md, "The blind test")', () => {
  it('reports wrong findings by phenomenon and recall per attack', async () => {
    const results: BlindResult[] = [];
    for (const p of blindCases) results.push(await withTempCase((engine, { work }) => runBlindCase(engine, work, p)));
    const report = blindReport(results);
    if (process.env.BREACHDESK_BLIND_OUT) fs.writeFileSync(process.env.BREACHDESK_BLIND_OUT, report);
    else console.log(report);
    expect(results.length).toBe(blindCases.length);
  }, 1_800_000);
});

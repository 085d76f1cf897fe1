import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { blindReport } from '../../testing/blind/blindReport';
import { runBlindCase, type BlindResult } from '../../testing/blind/runBlindCase';
import { blindTenant, type BlindParams } from '../../testing/blind/blindTenant';

/** The opt-in blind run's cases: sizes 300–5 000 accounts over 7–30 days, UTC and local-time logs. */
const blindCases: BlindParams[] = [
  { seed: 1, accounts: 300, days: 7, localTime: false },
  { seed: 2, accounts: 800, days: 14, localTime: true },
  { seed: 3, accounts: 1500, days: 10, localTime: false },
  { seed: 4, accounts: 2500, days: 21, localTime: true },
  { seed: 5, accounts: 5000, days: 30, localTime: false },
];

describe('sign-in detectors on a small blind tenant (docs/detection-scenarios.md, "The blind test")', () => {
  it('name no honest account or address at high or critical, misread no tried account at critical, and find the campaigns', async () => {
    const p = blindCases[0] as BlindParams;
    const r = await withTempCase((engine, { work }) => runBlindCase(engine, work, p));
    expect(r.rows).toBe(blindTenant(p).rows.length);
    const severe = r.score.wrong.filter((w) => w.severity === 'high' || w.severity === 'critical');
    expect(severe.filter((w) => w.severity === 'critical').map((w) => w.summary)).toEqual([]);
    expect(severe.filter((w) => Object.keys(w.labels).some((k) => k !== 'attacked, not taken over')).map((w) => w.summary)).toEqual([]);
    const recall = Object.fromEntries(r.score.recall.map((x) => [x.attack, x.right / x.accounts]));
    for (const a of ['slow_spray', 'stuffing_v6_48', 'stuffing_hosting_24'] as const) expect(recall[a], a).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});

describe.runIf(process.env.BREACHDESK_BLIND === '1')('sign-in detectors on a blind tenant (docs/detection-scenarios.md, "The blind test")', () => {
  it('reports wrong findings by phenomenon and recall per attack', async () => {
    const results: BlindResult[] = [];
    for (const p of blindCases) results.push(await withTempCase((engine, { work }) => runBlindCase(engine, work, p, process.env.BREACHDESK_BLIND_INTEL === '1')));
    const report = blindReport(results);
    if (process.env.BREACHDESK_BLIND_OUT) fs.writeFileSync(process.env.BREACHDESK_BLIND_OUT, report);
    else console.log(report);
    expect(results.length).toBe(blindCases.length);
  }, 1_800_000);
});

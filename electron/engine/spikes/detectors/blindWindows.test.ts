import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import { runWindowsCase, type WindowsResult } from '../../testing/blindWindows/runWindowsCase';
import type { WindowsParams } from '../../testing/blindWindows/windowsDomain';
import { windowsReport } from '../../testing/blindWindows/windowsReport';

/** The opt-in run's cases: 250–3 000 accounts over 14–28 days, one collector export or one file per host. */
const windowsCases: WindowsParams[] = [
  { seed: 1, accounts: 250, days: 14, files: 'collector' },
  { seed: 2, accounts: 600, days: 21, files: 'per-host' },
  { seed: 3, accounts: 1200, days: 28, files: 'collector' },
  { seed: 4, accounts: 3000, days: 14, files: 'per-host' },
];

describe('sign-in detectors on a small Windows domain (docs/detection-scenarios.md, "The Windows domain blind test")', () => {
  it('find the RDP brute force and the three sprays, name each spray\'s win, and name no honest member at critical (a laptop\'s lockout after its password change included, rule 18)', async () => {
    const p = windowsCases[0] as WindowsParams;
    const r = await withTempCase((engine, { work }) => runWindowsCase(engine, work, p));
    expect(r).toMatchObject({ events: 24_876, rejected: 0 });
    const critical = r.score.wrong.filter((w) => w.severity === 'critical');
    expect(critical.map((w) => w.summary)).toEqual([]);
    const recall = Object.fromEntries(r.score.recall.map((x) => [x.attack, x]));
    for (const a of ['rdp_brute_force', 'kerberos_spray', 'ntlm_spray', 'slow_spray'] as const) expect((recall[a]?.right ?? 0) / (recall[a]?.accounts ?? 1), a).toBeGreaterThanOrEqual(0.95);
    expect([...r.truth.wins.values()].sort()).toEqual(['kerberos_spray', 'ntlm_spray', 'slow_spray']);
    expect(recall.takeover?.named).toEqual([...r.truth.wins.keys()].sort());
  }, 60_000);
});

describe.runIf(process.env.BREACHDESK_BLIND_WINDOWS === '1')('sign-in detectors on a Windows domain (docs/detection-scenarios.md, "The Windows domain blind test")', () => {
  it('reports wrong findings by phenomenon and recall per attack', async () => {
    const only = process.env.BREACHDESK_BLIND_WINDOWS_CASES?.split(',').map(Number);
    const results: WindowsResult[] = [];
    for (const p of windowsCases.filter((c) => only === undefined || only.includes(c.seed))) results.push(await withTempCase((engine, { work }) => runWindowsCase(engine, work, p, process.env.BREACHDESK_BLIND_INTEL === '1')));
    const report = windowsReport(results);
    if (process.env.BREACHDESK_BLIND_WINDOWS_OUT) fs.writeFileSync(process.env.BREACHDESK_BLIND_WINDOWS_OUT, report);
    else console.log(report);
    expect(results.length).toBeGreaterThan(0);
  }, 3_600_000);
});

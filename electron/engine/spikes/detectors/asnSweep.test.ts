import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../../testing/withTempCase';
import type { AsnSweepParams } from '../../testing/asnSweep/asnSweepCase';
import { runAsnSweepCase, type AsnSweepResult } from '../../testing/asnSweep/runAsnSweepCase';
import { asnSweepReport } from '../../testing/asnSweep/asnSweepReport';

/**
 * The opt-in sweep's cases: 2 000–50 000 customers on 20–400 ISPs, 50–2 000 proxies, each with and without wins; the
 * last four on 2 000–8 000 /24s instead of 40 000 (a retailer holding a larger share of each ISP's lines, so its
 * customers' addresses and the proxies' fall in the same /24s).
 */
const sweepCases: AsnSweepParams[] = [
  { seed: 11, accounts: 2000, isps: 20, proxies: 50 },
  { seed: 12, accounts: 2000, isps: 100, proxies: 200 },
  { seed: 13, accounts: 5000, isps: 200, proxies: 400 },
  { seed: 14, accounts: 10000, isps: 400, proxies: 1000 },
  { seed: 15, accounts: 20000, isps: 150, proxies: 2000 },
  { seed: 16, accounts: 50000, isps: 400, proxies: 2000 },
  { seed: 21, accounts: 5000, isps: 100, proxies: 1000, nets: 2000 },
  { seed: 22, accounts: 10000, isps: 200, proxies: 2000, nets: 4000 },
  { seed: 23, accounts: 20000, isps: 150, proxies: 2000, nets: 4000 },
  { seed: 24, accounts: 50000, isps: 400, proxies: 2000, nets: 8000 },
].flatMap((c) => [
  { ...c, wins: true },
  { ...c, seed: c.seed + 100, wins: false },
]);

describe("sign-in takeovers during a proxy campaign on the customers' own ISPs (docs/detection-scenarios.md)", () => {
  it("name no honest customer high or critical through the campaign's ASN alone", async () => {
    const r = await withTempCase((engine) => runAsnSweepCase(engine, { seed: 113, accounts: 5000, isps: 200, proxies: 400, wins: false }));
    expect(r.rows).toBe(43005);
    expect(r.honestHighTie['ASN alone'] ?? 0).toBe(0);
  }, 120_000);
  it("name no honest customer high or critical through the fleet's browser string, which many customers send", async () => {
    const r = await withTempCase((engine) => runAsnSweepCase(engine, { seed: 113, accounts: 5000, isps: 200, proxies: 400, wins: false }));
    expect(r.honestHighUa).toEqual({});
    expect(r.honest.critical + r.honest.high).toBe(0);
  }, 120_000);
  it('name no honest customer high or critical through an address block two proxies share, when other customers sign in from it', async () => {
    const r = await withTempCase((engine) => runAsnSweepCase(engine, { seed: 22, accounts: 10000, isps: 200, proxies: 2000, nets: 4000, wins: true }));
    expect(r.rows).toBe(88653);
    expect(r.honestHighTie.block ?? 0).toBe(0);
  }, 120_000);
  it('name no honest customer critical for a phone on the address a proxy failed from', async () => {
    const r = await withTempCase((engine) => runAsnSweepCase(engine, { seed: 22, accounts: 10000, isps: 200, proxies: 2000, nets: 4000, wins: true }));
    expect(r.honest.critical).toBe(0);
    expect(r.honestHighTie.source).toBe(7);
  }, 120_000);
});

describe.runIf(process.env.BREACHDESK_ASNSWEEP === '1')("sign-in takeovers during a proxy campaign on the customers' own ISPs", () => {
  it('reports honest accounts and real wins named, by severity', async () => {
    const results: AsnSweepResult[] = [];
    for (const p of sweepCases) {
      results.push(await withTempCase((engine) => runAsnSweepCase(engine, p)));
      console.log(asnSweepReport(results.slice(-1)));
    }
    const report = asnSweepReport(results);
    if (process.env.BREACHDESK_ASNSWEEP_OUT) fs.writeFileSync(process.env.BREACHDESK_ASNSWEEP_OUT, report);
    else console.log(report);
    expect(results.length).toBe(sweepCases.length);
  }, 3_600_000);
});

import type { Engine } from '../../createEngine';
import { benignPhenomena, type BenignPhenomenon } from './BenignPhenomenon';
import { loadTenantScenario } from './loadTenantScenario';
import { runDetectorsWithoutLookup } from '../runDetectorsWithoutLookup';
import { Rng } from './Rng';
import type { ScenarioParams } from './ScenarioParams';
import { scoreFindings, allFindings, type ClassScore } from './scoreFindings';
import { tenantScenario } from './tenantScenario';
import { wrongFindings, type WrongFinding } from './wrongFindings';

/** One run of the sweep: generator parameters, whether attacks are generated, whether IP intel is loaded. */
export interface SweepCase {
  name: string;
  params: Partial<ScenarioParams> & { seed: number };
  attacks: boolean;
  intel: boolean;
}

/** What one run gave: its size, per-class scores, the high/critical findings naming honest members, and the pen test's finding. */
export interface SweepResult {
  c: SweepCase;
  rows: number;
  scores: ClassScore[];
  wrong: WrongFinding[];
  /** The medium and low findings naming honest members: what a rule that only adds medium findings can still cost. */
  lower: WrongFinding[];
  /** Severity of the strongest finding listing the pen-test address, when the pen test ran. */
  pentest: string | null;
}

const logUniform = (r: Rng, lo: number, hi: number) => Math.round(Math.exp(Math.log(lo) + r.real() * (Math.log(hi) - Math.log(lo))));
const round = (x: number, step: number) => Math.round(x / step) * step;

/** Phenomena added after the sweep's first figures: drawn after every other parameter, so each earlier case keeps its tenant. */
const laterPhenomena: readonly BenignPhenomenon[] = ['phone_reinstall'];

/**
 * Random parameter sets drawn across and beyond the ranges the accuracy test covers (docs/detection-scenarios.md):
 * tenants of 300–5 000 accounts over 7–30 days, typo rates 0–8 %, carrier-NAT share 10–50 % on 5–80 addresses, leak
 * share 0–90 %, intel present or not, attacks from tiny (5 accounts a class, 20 proxy identities) to huge (400 a
 * class, 5 000 proxy identities over two days), on one day in the office burst or spread, each benign phenomenon
 * switched on at random.
 */
export function randomSweepCases(n: number, firstSeed = 1000): SweepCase[] {
  return Array.from({ length: n }, (_, k) => {
    const seed = firstSeed + k;
    const r = new Rng(seed * 31 + 7);
    const accounts = logUniform(r, 300, 5000);
    const phenomena = benignPhenomena.filter((k) => !laterPhenomena.includes(k)).filter(() => r.chance(0.5));
    const params = {
      seed,
      accounts,
      days: r.int(7, 30),
      typoRate: round(r.real() * 0.08, 0.005),
      mobileShare: round(0.1 + r.real() * 0.4, 0.01),
      cgnatAddresses: logUniform(r, 5, 80),
      leakShare: round(r.real() * 0.9, 0.05),
      perClass: Math.min(r.pick([5, 15, 50, 150, 400]), Math.floor(accounts / 8)),
      proxyAccounts: logUniform(r, 20, 5000),
      proxyMaxAccountsPerSource: r.int(1, 6),
      proxyTriesPerAccount: r.int(1, 3),
      proxyHours: r.int(1, 48),
      overlap: r.chance(0.4),
      phenomena,
    };
    const intel = r.chance(0.5);
    const later = laterPhenomena.filter(() => r.chance(0.5));
    return { name: `random ${seed}`, params: { ...params, phenomena: [...phenomena, ...later] }, attacks: true, intel };
  });
}

/** Each benign phenomenon alone in a mid-range tenant, with no attack and then with every attack on its day (so a wrong finding names its cause). */
export function phenomenonCases(firstSeed = 2000): SweepCase[] {
  return benignPhenomena.flatMap((ph: BenignPhenomenon, k) =>
    [false, true].map((attacks) => ({
      name: `${ph}${attacks ? ' + attacks that day' : ' alone'}`,
      params: { seed: firstSeed + k, accounts: 1500, days: 14, phenomena: [ph], overlap: attacks },
      attacks,
      intel: k % 2 === 0,
    })),
  );
}

/** Generates, loads, classifies and scores one case in an open, empty case (on its synthetic intel or none: the shipped datasets' lookup would replace it). */
export async function runSweepCase(engine: Engine, c: SweepCase): Promise<SweepResult> {
  const s = tenantScenario(c.params, { attacks: c.attacks });
  await loadTenantScenario(engine, s, { intel: c.intel });
  await runDetectorsWithoutLookup(engine);
  const scores = c.attacks ? await scoreFindings(engine, s.truth) : [];
  const wrong = await wrongFindings(engine, s.truth);
  const lower = await wrongFindings(engine, s.truth, ['medium', 'low']);
  const ip = [...s.truth.phenomena.pentest.sources][0];
  const order = ['critical', 'high', 'medium', 'low'];
  const hits = ip === undefined ? [] : (await allFindings(engine)).filter((f) => f.ips.includes(ip)).map((f) => f.severity);
  const pentest = ip === undefined ? null : (order.find((x) => hits.includes(x as never)) ?? 'none');
  return { c, rows: s.rows.length, scores, wrong, lower, pentest };
}

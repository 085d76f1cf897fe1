import type { BenchArgs } from './benchArgs';
import { transferShapes, signinShapes } from './data/shapes';
import { formatBytes } from './formatBytes';
import { growthExponent } from './growthExponent';
import { analyzeStepName, type AnalyzeRunner } from './steps/analyzeSteps';
import { median } from './steps/median';
import { scaledDetectors, scaleStepName } from './steps/scaleSteps';
import type { StepResult } from './StepResult';

/** One target of issue 20, judged on this run's figures; `info` rows are printed, not judged. */
export interface TargetVerdict {
  id: string;
  target: string;
  shape: string;
  figure: string;
  verdict: 'PASS' | 'FAIL' | 'n/a' | 'info';
}

/** Target 1's runs of one shape, round by round: the engine's and the other runner's (pandas or plain). */
type RoundPairs = Array<{ engine: StepResult; other: StepResult }>;

const gb = 1e9;
const s = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} s`;
const x = (r: number): string => `${r.toFixed(2)}×`;

/** Judges issue 20's targets, each a ratio of steps measured side by side in this run; a target whose steps did not run is n/a. */
export function judgeTargets(results: StepResult[], args: BenchArgs): TargetVerdict[] {
  const byName = new Map(results.map((r) => [r.step, r]));
  const ok = (name: string): StepResult | undefined => {
    const r = byName.get(name);
    return r && !r.failed && !r.skipped && r.wallS > 0 ? r : undefined;
  };
  const why = (name: string): string => {
    const r = byName.get(name);
    return !r ? 'not run' : r.failed ? `${name} failed` : r.skipped ? `${name} skipped: ${r.skipped}` : 'no figure';
  };
  const out: TargetVerdict[] = [];
  const add = (id: string, target: string, shape: string, need: string[], judge: (...r: StepResult[]) => { figure: string; pass: boolean }): void => {
    const got = need.map(ok);
    const missing = need.find((_, i) => !got[i]);
    if (missing) {
      out.push({ id, target, shape, figure: why(missing), verdict: 'n/a' });
      return;
    }
    const { figure, pass } = judge(...(got as StepResult[]));
    out.push({ id, target, shape, figure, verdict: pass ? 'PASS' : 'FAIL' });
  };
  const rows = (n: number): string => `${(n / 1e6).toLocaleString('en', { maximumFractionDigits: 2 })} M rows`;

  const rounds = Array.from({ length: args.rounds }, (_, i) => i + 1);
  for (const shape of transferShapes) {
    const step = (who: AnalyzeRunner, round: number): string => analyzeStepName(shape.name, who, round);
    const versus = (id: string, target: string, other: AnalyzeRunner, judge: (p: RoundPairs) => { figure: string; pass: boolean }): void => {
      const pairs = rounds.flatMap((r) => {
        const [e, o] = [ok(step('engine', r)), ok(step(other, r))];
        return e && o ? [{ engine: e, other: o }] : [];
      });
      if (pairs.length === 0) out.push({ id, target, shape: shape.name, figure: why(ok(step('engine', 1)) ? step(other, 1) : step('engine', 1)), verdict: 'n/a' });
      else {
        const { figure, pass } = judge(pairs);
        out.push({ id, target, shape: shape.name, figure, verdict: pass ? 'PASS' : 'FAIL' });
      }
    };
    const spread = (ratios: number[]): string => (ratios.length > 1 ? `, rounds ${x(Math.min(...ratios))}–${x(Math.max(...ratios))}` : '');
    const of = (pairs: RoundPairs): string => `median of ${pairs.length} interleaved round${pairs.length > 1 ? 's' : ''}`;
    versus('1a', `analyze end to end ≥ 2× faster than pandas (${rows(args.transferRows)})`, 'pandas', (pairs) => {
      const ratios = pairs.map((p) => p.other.processWallS / p.engine.processWallS);
      const peak = (who: 'engine' | 'other') => formatBytes(Math.max(...pairs.map((p) => p[who].peakRssBytes)));
      return {
        figure: `analyze ${s(median(pairs.map((p) => p.engine.processWallS)))}, pandas ${s(median(pairs.map((p) => p.other.processWallS)))}: pandas / analyze ${x(median(ratios))} (${of(pairs)}${spread(ratios)}; peak RSS ${peak('engine')} vs ${peak('other')})`,
        pass: median(ratios) >= 2,
      };
    });
    versus('1b', `analyze end to end within 1.5× of the plain-DuckDB pipeline (${rows(args.transferRows)})`, 'plain', (pairs) => {
      const ratios = pairs.map((p) => p.engine.processWallS / p.other.wallS);
      const json = pairs.at(-1)?.engine.detail?.findingsJsonBytes;
      return {
        figure: `analyze ${s(median(pairs.map((p) => p.engine.processWallS)))}, plain ${s(median(pairs.map((p) => p.other.wallS)))}: ${x(median(ratios))} (${of(pairs)}${spread(ratios)}); findings.json ${formatBytes(Number(json ?? 0))}`,
        pass: median(ratios) <= 1.5,
      };
    });
  }
  for (const shape of signinShapes) {
    add('2', `sign-in ingest ≤ 2.5× plain CREATE TABLE AS read_csv (${rows(args.signinRows)})`, shape.name, [`signin.${shape.name}.engine`, `signin.${shape.name}.plain`], (e, d) => ({
      figure: `engine ${s(e.wallS)}, plain ${s(d.wallS)}: ${x(e.wallS / d.wallS)} (peak RSS ${formatBytes(e.peakRssBytes)})`,
      pass: e.wallS / d.wallS <= 2.5,
    }));
  }
  add('3', `leak ingest + coverage + census ≤ 1.6× plain CTAS, peak RSS ≤ 3 GB (${rows(args.leakRows)})`, 'leak', ['leak.engine', 'leak.plain'], (e, d) => ({
    figure: `engine ${s(e.wallS)}, plain ${s(d.wallS)}: ${x(e.wallS / d.wallS)}; peak RSS ${formatBytes(e.peakRssBytes)} (plain ${formatBytes(d.peakRssBytes)})`,
    pass: e.wallS / d.wallS <= 1.6 && e.peakRssBytes <= 3 * gb,
  }));
  for (const kind of ['signin', 'transfer'] as const) {
    add('4', `second ${kind} source: ${rows(args.batchRows)} into a case of ${rows(kind === 'signin' ? args.signinRows : args.transferRows)} ≤ 1.3× into an empty case`, byName.get(`second.${kind}`)?.shape ?? kind, [`second.${kind}`], (r) => {
      const d = r.detail as { intoEmptyS: number; intoFullS: number; ratio: number };
      return { figure: `into the case ${s(d.intoFullS)}, into an empty case ${s(d.intoEmptyS)}: ${x(d.ratio)} (medians of ${args.rounds} interleaved rounds)`, pass: d.ratio <= 1.3 };
    });
  }
  for (const kind of Object.keys(scaledDetectors) as Array<keyof typeof scaledDetectors>) {
    const runs = args.scaleRows.map((n) => ok(scaleStepName(kind, n))).filter((r): r is StepResult => r !== undefined);
    const sizes = runs.map((r) => (r.rows / 1e6).toString()).join(', ');
    const { shape, calls } = scaledDetectors[kind];
    for (const method of [...Object.keys(calls), 'ingestS']) {
      const seconds = (r: StepResult): number => {
        const from = r.detail?.ingestFrom;
        return method === 'ingestS' && typeof from === 'string' ? (ok(from)?.wallS ?? NaN) : Number(r.detail?.[method] ?? NaN);
      };
      const points = runs.map((r) => ({ rows: r.rows, seconds: seconds(r) })).filter((p) => Number.isFinite(p.seconds));
      const k = growthExponent(points.slice(-3));
      const all = growthExponent(points);
      const last = growthExponent(points.slice(-2));
      const label = method === 'ingestS' ? 'ingest (printed, not judged)' : method;
      const target = `${kind} ${label}: growth exponent ≤ 1.15 over the three largest of ${sizes} M rows`;
      if (points.length < 2) out.push({ id: '5', target, shape, figure: `${points.length} of ${args.scaleRows.length} sizes measured`, verdict: 'n/a' });
      else {
        const figure = `exponent ${k.toFixed(2)} (all sizes ${all.toFixed(2)}, last step ${last.toFixed(2)}); ${points.map((p) => `${p.seconds.toFixed(2)} s at ${(p.rows / 1e6).toString()} M`).join(', ')}`;
        out.push({ id: '5', target, shape, figure, verdict: method === 'ingestS' ? 'info' : k <= 1.15 ? 'PASS' : 'FAIL' });
      }
    }
  }
  for (const shape of signinShapes) {
    add('charts', `every sign-in chart query ≤ 150 ms p95 (${rows(args.signinRows)})`, shape.name, [`signin.${shape.name}.charts`], (r) => ({
      figure: `worst ${String(r.detail?.worst)}: p50 ${r.p50Ms?.toFixed(0)} / p95 ${r.p95Ms?.toFixed(0)} ms`,
      pass: (r.p95Ms ?? Infinity) <= 150,
    }));
  }
  add('pages', `data-view page anywhere ≤ 50 ms p95 (${rows(args.leakRows)})`, 'leak', ['leak.pages'], (r) => ({
    figure: `p50 ${r.p50Ms?.toFixed(1)} / p95 ${r.p95Ms?.toFixed(1)} ms over ${args.repeats} pages`,
    pass: (r.p95Ms ?? Infinity) <= 50,
  }));
  return out;
}

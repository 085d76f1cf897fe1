import type { BenchArgs } from './benchArgs';
import { formatBytes } from './formatBytes';
import type { StepResult } from './StepResult';

/** One target of the issue, judged on this run's figures. */
export interface TargetVerdict {
  target: string;
  figure: string;
  verdict: 'PASS' | 'FAIL' | 'n/a';
}

const gb = 1e9;
const fullLeakRows = 38_000_000;

/** Judges the targets, as ratios within this run; a target whose steps did not run is n/a. */
export function judgeTargets(results: StepResult[], args: BenchArgs): TargetVerdict[] {
  const ok = (name: string): StepResult | undefined => results.find((r) => r.step === name && !r.failed && !r.skipped && r.wallS > 0);
  const verdicts: TargetVerdict[] = [];
  const add = (target: string, need: Array<StepResult | undefined>, judge: (...r: StepResult[]) => { figure: string; pass: boolean }): void => {
    if (need.some((r) => !r)) {
      verdicts.push({ target, figure: 'not measured in this run', verdict: 'n/a' });
      return;
    }
    const { figure, pass } = judge(...(need as StepResult[]));
    verdicts.push({ target, figure, verdict: pass ? 'PASS' : 'FAIL' });
  };
  add('reference z-score ≥ 10× faster than pandas, ≤ ½ its memory', [ok('engine.zscore'), ok('pandas.zscore')], (e, p) => ({
    figure: `${(p.wallS / e.wallS).toFixed(1)}× faster, ${formatBytes(e.peakRssBytes)} vs ${formatBytes(p.peakRssBytes)}`,
    pass: p.wallS / e.wallS >= 10 && e.peakRssBytes <= p.peakRssBytes / 2,
  }));
  const detectors = ['engine.zscore', 'engine.baseline'].map(ok);
  add('transfer ingest + all detectors ≥ 3× faster than pandas', [ok('engine.ingest.transfer'), ...detectors, ok('pandas.zscore')], (i, z, b, p) => {
    const total = i.wallS + z.wallS + b.wallS;
    return { figure: `${total.toFixed(1)} s vs ${p.wallS.toFixed(1)} s: ${(p.wallS / total).toFixed(1)}×`, pass: p.wallS / total >= 3 };
  });
  add('leak ingest with coverage + hash census of 38 M rows ≤ 120 s, ≤ 3 GB', [ok('engine.ingest.leak')], (i) => {
    const scale = fullLeakRows / Math.max(1, i.rows || args.leakRows);
    const wall = i.wallS * Math.max(1, scale);
    const at = scale > 1 ? ` at ${i.rows.toLocaleString('en')} rows, ${wall.toFixed(0)} s extrapolated linearly to 38 M` : '';
    return { figure: `${i.wallS.toFixed(1)} s, ${formatBytes(i.peakRssBytes)}${at} (coverage and census computed before addSource returns)`, pass: wall <= 120 && i.peakRssBytes <= 3 * gb };
  });
  const charts = results.filter((r) => r.step.startsWith('engine.chart.signin') && r.p95Ms !== undefined);
  add('every sign-in chart query ≤ 150 ms p95', charts.length ? charts : [undefined], (...c) => {
    const worst = c.reduce((a, b) => ((a.p95Ms ?? 0) >= (b.p95Ms ?? 0) ? a : b));
    return { figure: `worst ${worst.step} ${worst.p95Ms?.toFixed(0)} ms`, pass: c.every((r) => (r.p95Ms ?? Infinity) <= 150) };
  });
  add('data-view page anywhere in the leak ≤ 50 ms p95', [ok('engine.page.leak')], (p) => ({ figure: `p95 ${p.p95Ms?.toFixed(1)} ms`, pass: (p.p95Ms ?? Infinity) <= 50 }));
  for (const [engine, plain] of [
    ['engine.zscore', 'duckdb.zscore.engineSql'],
    ['engine.baseline', 'duckdb.baseline.engineSql'],
    ['engine.spikes.reference', 'duckdb.spikes.reference'],
  ] as const) {
    add(`engine overhead ≤ 1.2× plain DuckDB (${engine})`, [ok(engine), ok(plain)], (e, d) => {
      const sqlP50 = Number(e.detail?.sqlP50Ms ?? NaN);
      const ratio = (e.p50Ms ?? NaN) / sqlP50;
      const figure = `${ratio.toFixed(2)}× (medians of ${String(e.detail?.rounds)} interleaved runs, ${e.p50Ms?.toFixed(0)} vs ${sqlP50.toFixed(0)} ms for its SQL on the same connection; cold against plain DuckDB ${(e.wallS / d.wallS).toFixed(2)}×)`;
      return { figure, pass: ratio <= 1.2 };
    });
  }
  add('EVTX loads within 2× the time of the same events as JSON lines (events per second)', [ok('ab.evtx_vs_json')], (r) => {
    const d = r.detail as { events: number; evtxEventsPerS: number; jsonEventsPerS: number };
    const ratio = d.jsonEventsPerS / d.evtxEventsPerS;
    return { figure: `${d.evtxEventsPerS.toLocaleString('en')} vs ${d.jsonEventsPerS.toLocaleString('en')} events/s over ${d.events.toLocaleString('en')} events: EVTX takes ${ratio.toFixed(2)}× the JSON time`, pass: ratio <= 2 };
  });
  return verdicts;
}

import type { BenchStep } from './BenchStep';
import { callApi } from './callApi';
import { percentiles } from './percentiles';
import { withBenchEngine } from './withBenchEngine';

/** The sign-in chart and list queries the workbench runs on every view, as Api calls with their default arguments. */
const chartCalls: Array<{ method: string; args: Record<string, unknown>; vsDuckdb?: string }> = [
  { method: 'signinSeries', args: {}, vsDuckdb: 'duckdb.chart.signinSeries' },
  { method: 'topSources', args: {} },
  { method: 'topAccounts', args: {} },
  { method: 'signinEvents', args: { failedOnly: true } },
];

/** One step per chart query on the loaded sign-in case, repeated for p50/p95 (target ≤ 150 ms). */
export const signinChartSteps: BenchStep[] = chartCalls.map(({ method, args: callArgs, vsDuckdb }) => ({
  name: `engine.chart.signin.${method}`,
  title: `engine ${method}(${JSON.stringify(callArgs)}) on the sign-in case, repeated (p50/p95)`,
  dataset: 'signin' as const,
  ...(vsDuckdb ? { vsDuckdb } : {}),
  run: ({ args }) =>
    withBenchEngine('signin', false, args, async (engine) => {
      const p = await percentiles(args.repeats, () => callApi(engine, method, callArgs));
      return { rows: args.signinRows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
    }),
}));

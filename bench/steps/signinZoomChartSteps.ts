import type { BenchStep } from './BenchStep';
import { callApi } from './callApi';
import { percentiles } from './percentiles';
import { withBenchEngine } from './withBenchEngine';

/** Ten of the bench sign-in log's thirty days, as a drag across the whole-case chart's bars selects them. */
const zoom = { from: '2026-01-10T00:00:00Z', to: '2026-01-20T00:00:00Z' };
/** About the same ten days cut mid-day at both ends, as a drag across finer bars selects them: the top lists then count partial days too. */
const unaligned = { from: '2026-01-10T07:30:00Z', to: '2026-01-20T16:00:00Z' };

/** The Login spikes screen's queries once zoomed (1-minute bins, top tens) and a drill into one planted attack source. */
const zoomCalls: Array<{ method: string; args: Record<string, unknown>; suffix?: string }> = [
  { method: 'signinSeries', args: { ...zoom, binMinutes: 1, maxPoints: 720 } },
  { method: 'topSources', args: { ...zoom, limit: 10 } },
  { method: 'topAccounts', args: { ...zoom, limit: 10 } },
  { method: 'topSources', args: { ...unaligned, limit: 10 }, suffix: '.unaligned' },
  { method: 'topAccounts', args: { ...unaligned, limit: 10 }, suffix: '.unaligned' },
  { method: 'signinEvents', args: { ...zoom, ip: '203.0.113.7', failedOnly: false, offset: 0, limit: 50 } },
];

/** One step per zoomed chart query on the loaded sign-in case, repeated for p50/p95 (target ≤ 150 ms, as for the whole case). */
export const signinZoomChartSteps: BenchStep[] = zoomCalls.map(({ method, args: callArgs, suffix }) => ({
  name: `engine.chart.signin.zoomed.${method}${suffix ?? ''}`,
  title: `engine ${method}(${JSON.stringify(callArgs)}) on the sign-in case, zoomed to ten days, repeated (p50/p95)`,
  dataset: 'signin' as const,
  run: ({ args }) =>
    withBenchEngine('signin', false, args, async (engine) => {
      const p = await percentiles(args.repeats, () => callApi(engine, method, callArgs));
      return { rows: args.signinRows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
    }),
}));

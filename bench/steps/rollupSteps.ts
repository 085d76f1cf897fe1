import type { BenchStep } from './BenchStep';
import { percentiles } from './percentiles';
import { withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';

/** Rollups a loader could build once at ingest, and the chart queries answered from them. */
const rollups = {
  build: [
    `CREATE OR REPLACE TABLE signin_5m AS SELECT time_bucket(INTERVAL 5 MINUTE, ts) AS b, count(*) FILTER (WHERE NOT success) AS failed, count(*) FILTER (WHERE success) AS ok FROM signin GROUP BY b`,
    `CREATE OR REPLACE TABLE signin_ip_user AS SELECT ip, "user", count(*) FILTER (WHERE NOT success) AS failed, count(*) FILTER (WHERE success) AS ok, min(ts) AS first_ts, max(ts) AS last_ts FROM signin GROUP BY ALL`,
  ],
  series: `SELECT b, failed, ok FROM signin_5m ORDER BY b`,
  topSources: `SELECT ip, sum(failed) AS failed, count(*) FILTER (WHERE failed > 0) AS accounts FROM signin_ip_user GROUP BY ip ORDER BY failed DESC LIMIT 20`,
};

/** Way in: build sign-in rollups (as at ingest) on the plain table, then time the charts from them (target ≤ 150 ms p95). */
export const rollupSteps: BenchStep[] = (['series', 'topSources'] as const).map((query) => ({
  name: `ways.rollup.${query}`,
  title: `way: ${query} from rollups built once at ingest (build time in detail), repeated (p50/p95)`,
  dataset: 'signin' as const,
  run: ({ args }) =>
    withPlainDuckdb('signin', false, async (c) => {
      const build = await timed(async () => {
        for (const sql of rollups.build) await c.run(sql);
      });
      const p = await percentiles(args.repeats, () => c.runAndReadAll(rollups[query]));
      return { rows: args.signinRows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms, detail: { buildRollupsS: build.wallS } };
    }),
}));

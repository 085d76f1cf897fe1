import { spikeParamsSchema } from '../../shared/api/detectParams';
import { requireCase } from '../../electron/engine/case/requireCase';
import { sqlString } from '../../electron/engine/sql/sqlString';
import { classifySignins } from '../../electron/engine/spikes/detectors/classifySignins';
import { legacyClassifySignins } from '../legacy/classifySignins';
import { workDir } from '../benchPaths';
import { alternate } from './alternate';
import type { BenchStep } from './BenchStep';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { transferScan, zscoreSql } from './zscoreSql';
import { withBenchEngine } from './withBenchEngine';

const rounds = 3;

/** Interleaved A/B measurements of the "ways in", robust to the load drift of a shared machine; per-variant medians in detail, their sum as wall. */
export const abSteps: BenchStep[] = [
  {
    name: 'ab.insertion_order',
    title: 'A/B: transfer CTAS with preserve_insertion_order true vs false (interleaved, medians)',
    dataset: 'transfer',
    run: ({ inputs, args }) =>
      withPlainDuckdb('ab_order', true, async (c) => {
        const load = (preserve: boolean) => async () => {
          await c.run(`SET preserve_insertion_order = ${preserve}`);
          await c.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM ${transferScan(inputs.transfer)}`);
        };
        const m = await alternate({ ordered: load(true), unordered: load(false) }, rounds);
        return { rows: args.transferRows, wallS: (m.ordered ?? 0) + (m.unordered ?? 0), detail: { ...m, ratio: (m.unordered ?? 0) / (m.ordered ?? 1) } };
      }),
  },
  {
    name: 'ab.zscore',
    title: 'A/B: z-score as window vs two passes vs Parquet vs count+page vs materialised page vs a user-hour rollup (interleaved, medians)',
    dataset: 'transfer',
    run: ({ inputs, args }) =>
      withPlainDuckdb('ab_zscore', true, async (c) => {
        await c.run(`CREATE TABLE transfer AS SELECT * FROM ${transferScan(inputs.transfer)}`);
        const parquet = sqlString(`${workDir('plain')}/ab_transfer.parquet`);
        await c.run(`COPY transfer TO ${parquet} (FORMAT parquet)`);
        const rollup = await timed(() => c.run(`CREATE TABLE user_hour AS SELECT user_id, date_trunc('hour', ts) AS hour, sum(bytes)::DOUBLE AS x FROM transfer GROUP BY ALL`));
        const m = await alternate(
          {
            window: () => scalar(c, `SELECT count(*) FROM (${zscoreSql.window('transfer')})`),
            twoPass: () => scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass('transfer')})`),
            parquet: () => scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass(`read_parquet(${parquet})`)})`),
            countPlusPage: async () => {
              await scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass('transfer')})`);
              await c.runAndReadAll(`${zscoreSql.twoPass('transfer')} ORDER BY hour, user_id LIMIT 100`);
            },
            fromRollup: () =>
              scalar(c, `WITH s AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM user_hour) SELECT count(*) FROM user_hour, s WHERE abs(x - mean) / sd > 3`),
            materialised: async () => {
              await c.run(`CREATE OR REPLACE TEMP TABLE flagged AS ${zscoreSql.twoPass('transfer')}`);
              await scalar(c, 'SELECT count(*) FROM flagged');
              await c.runAndReadAll('SELECT * FROM flagged ORDER BY hour, user_id LIMIT 100');
            },
          },
          rounds,
        );
        return { rows: args.transferRows, wallS: Object.values(m).reduce((a, b) => a + b, 0), detail: { ...m, buildRollupOnceS: rollup.wallS } };
      }),
  },
  {
    name: 'ab.classify',
    title: 'A/B: sign-in classification, the campaign model (issue 16) vs the pre-issue-16 classifier, on the engine case (interleaved, medians)',
    dataset: 'signin',
    run: ({ args }) =>
      withBenchEngine('signin', false, args, (engine) =>
        requireCase(engine.ctx).withConnection(async (c) => {
          const p = spikeParamsSchema.parse({});
          const m = await alternate({ before: () => legacyClassifySignins(c, p), campaigns: () => classifySignins(c, p) }, rounds);
          return { rows: args.signinRows, wallS: (m.before ?? 0) + (m.campaigns ?? 0), detail: { ...m, ratio: (m.campaigns ?? 0) / (m.before ?? 1), target: 1.2 } };
        }),
      ),
  },
];

import { exportParamsSchema } from '../../shared/api/detectParams';
import { referenceZScoreSql } from '../../electron/engine/detect/referenceZScore';
import { userBaselineSql } from '../../electron/engine/detect/userBaseline';
import { userHoursCte } from '../../electron/engine/detect/userHoursCte';
import { userHourStatsCte } from '../../electron/engine/detect/userHourStatsCte';
import { baselineCandidatesSql } from './baselineCandidatesSql';
import type { BenchStep } from './BenchStep';
import { scalar } from './plainDuckdb';
import { timed } from './timed';
import { withCaseAttached } from './withCaseAttached';

const params = exportParamsSchema.parse({});

/** Runs an ordered detector query as the engine's pageOf does: its count, then its first page. */
async function countAndPage(c: Parameters<Parameters<typeof withCaseAttached>[1]>[0], sql: string): Promise<number> {
  const n = await scalar(c, `SELECT count(*) FROM (${sql})`);
  await c.runAndReadAll(`${sql} LIMIT 100 OFFSET 0`);
  return n;
}

/**
 * The export detectors' own SQL run by plain DuckDB on the engine's case (read from its rollups, as the engine does),
 * doing the same work as the engine call (count, first page, statistics): the reference for engine overhead.
 */
export const baselineSteps: BenchStep[] = [
  {
    name: 'duckdb.zscore.engineSql',
    title: "plain DuckDB: the engine's z-score SQL (count, first page, statistics) on the transfer case",
    dataset: 'transfer',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(async () => {
          const n = await countAndPage(c, referenceZScoreSql(params.reference, params.measure, 'rollup'));
          await c.runAndReadAll(`WITH ${userHoursCte(params.measure, 'rollup')}, ${userHourStatsCte(params.measure, 'rollup')} SELECT * FROM stats`);
          return n;
        });
        return { rows: args.transferRows, wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'duckdb.baseline.engineSql',
    title: "plain DuckDB: the engine's baseline SQL (count, first page) on the transfer case",
    dataset: 'transfer',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(() => countAndPage(c, userBaselineSql(params, 'rollup')));
        return { rows: args.transferRows, wallS, detail: { flagged: value } };
      }),
  },
  {
    name: 'ways.baseline.candidates',
    title: 'way: baseline medians for candidate hours only (x ≥ floor) by a bounded self-join instead of moving windows',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.baseline.engineSql',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(() => scalar(c, baselineCandidatesSql(params)));
        return { rows: args.transferRows, wallS, detail: { flagged: value } };
      }),
  },
];

import { exportParamsSchema } from '../../shared/api/detectParams';
import { referenceZScoreSql } from '../../electron/engine/exports/referenceZScore';
import { userBaselineSql } from '../../electron/engine/exports/userBaseline';
import { baselineCandidatesSql } from './baselineCandidatesSql';
import type { BenchStep } from './BenchStep';
import { scalar } from './plainDuckdb';
import { timed } from './timed';
import { withCaseAttached } from './withCaseAttached';

const params = exportParamsSchema.parse({});

/**
 * The export detectors' own SQL (reading the case's rollups, as the engine does) evaluated once by plain DuckDB on the
 * engine's case: the least work any caller must do for the detector, and the reference for engine overhead.
 */
export const baselineSteps: BenchStep[] = [
  {
    name: 'duckdb.zscore.engineSql',
    title: "plain DuckDB: the engine's z-score SQL evaluated once (all anomalies, counted) on the transfer case",
    dataset: 'transfer',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${referenceZScoreSql(params.reference, params.measure, 'rollup')})`));
        return { rows: args.transferRows, wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'duckdb.baseline.engineSql',
    title: "plain DuckDB: the engine's baseline SQL evaluated once (all flagged hours, counted) on the transfer case",
    dataset: 'transfer',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${userBaselineSql(params, 'rollup')})`));
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

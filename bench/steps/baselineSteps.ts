import { exportParamsSchema } from '../../shared/api/detectParams';
import { userBaselineSql } from '../../electron/engine/detect/userBaseline';
import { baselineCandidatesSql } from './baselineCandidatesSql';
import type { BenchStep } from './BenchStep';
import { scalar } from './plainDuckdb';
import { timed } from './timed';
import { withCaseAttached } from './withCaseAttached';

const params = exportParamsSchema.parse({});

/** The per-user baseline's own SQL run once on plain DuckDB (its reference), and the candidate-join way in. */
export const baselineSteps: BenchStep[] = [
  {
    name: 'duckdb.baseline.engineSql',
    title: "plain DuckDB: the engine's baseline SQL evaluated once (count) on the transfer case",
    dataset: 'transfer',
    run: ({ args }) =>
      withCaseAttached('transfer', async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${userBaselineSql(params)})`));
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

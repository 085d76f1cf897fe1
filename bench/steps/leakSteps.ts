import { sqlString } from '../../electron/engine/sql/sqlString';
import type { BenchStep } from './BenchStep';
import { callApi } from './callApi';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

/** Steps over the leak: the naive plain-DuckDB load, the engine's ingest (with coverage and hash census), coverage again. */
export const leakSteps: BenchStep[] = [
  {
    name: 'duckdb.load.leak',
    title: 'plain DuckDB: naive CREATE TABLE AS read_csv (auto-detected) of the leak into a file',
    dataset: 'leak',
    run: ({ inputs }) =>
      withPlainDuckdb('leak', true, async (c) => {
        const { wallS } = await timed(() => c.run(`CREATE TABLE leak AS SELECT * FROM read_csv(${sqlString(inputs.leak)})`));
        return { rows: await scalar(c, 'SELECT count(*) FROM leak'), wallS };
      }),
  },
  {
    name: 'engine.ingest.leak',
    title: 'engine addSource: sniff, hash, copy the leak and commit, number _line from rowid, then PII coverage and hash census',
    dataset: 'leak',
    vsDuckdb: 'duckdb.load.leak',
    run: ({ inputs, args }) =>
      withBenchEngine('leak', true, args, async (engine) => {
        const { value, wallS } = await timed(() => engine.service.addSource({ path: inputs.leak, kind: 'leak' }));
        return { rows: value.rowsLoaded, wallS, detail: { rejected: value.rowsRejected } };
      }),
  },
  {
    name: 'engine.coverage',
    title: 'engine coverage({recompute: true}): PII coverage and hash census again over the loaded leak',
    dataset: 'leak',
    run: ({ args }) =>
      withBenchEngine('leak', false, args, async (engine) => {
        type Cov = Array<{ subjects: number; fields: Array<{ column: string; dataClass: string }>; passwordHashes: Array<{ scheme: string; count: number }> }>;
        const { value, wallS } = await timed(() => callApi<Cov>(engine, 'coverage', { recompute: true }));
        const first = value[0];
        return {
          rows: args.leakRows,
          wallS,
          detail: {
            subjects: first?.subjects,
            classes: Object.fromEntries((first?.fields ?? []).map((f) => [f.column, f.dataClass])),
            hashes: Object.fromEntries((first?.passwordHashes ?? []).map((h) => [h.scheme, h.count])),
          },
        };
      }),
  },
];

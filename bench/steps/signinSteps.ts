import type { BenchStep } from './BenchStep';
import { callApi } from './callApi';
import { percentiles } from './percentiles';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { signinSql } from './signinSql';
import { timed } from './timed';
import { overheadPair } from './overheadPair';
import { spikeParamsSchema } from '../../shared/api/detectParams';
import { referenceSpikesSql } from '../../electron/engine/spikes/referenceSpikes';
import { withBenchEngine } from './withBenchEngine';

const spikeParams = spikeParamsSchema.parse({});

/** Steps over the 10 M-row Entra sign-in log: plain DuckDB reference, engine ingest and detectors. */
export const signinSteps: BenchStep[] = [
  {
    name: 'duckdb.load.signin',
    title: 'plain DuckDB: CREATE TABLE AS read_csv (sniffed) of the sign-in CSV, canonical columns',
    dataset: 'signin',
    run: ({ inputs }) =>
      withPlainDuckdb('signin', true, async (c) => {
        const { wallS } = await timed(() => c.run(signinSql.load(inputs.signin)));
        return { rows: await scalar(c, 'SELECT count(*) FROM signin'), wallS };
      }),
  },
  {
    name: 'duckdb.spikes.reference',
    title: 'plain DuckDB: reference login-spike rule on the loaded table',
    dataset: 'signin',
    run: ({ args }) =>
      withPlainDuckdb('signin', false, async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${signinSql.referenceSpikes})`));
        return { rows: args.signinRows, wallS, detail: { spikes: value } };
      }),
  },
  {
    name: 'duckdb.chart.signinSeries',
    title: 'plain DuckDB: sign-ins per 5-minute bin from the raw rows, repeated (no rollup)',
    dataset: 'signin',
    run: ({ args }) =>
      withPlainDuckdb('signin', false, async (c) => {
        const p = await percentiles(args.repeats, () => c.runAndReadAll(signinSql.series));
        return { rows: args.signinRows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
      }),
  },
  {
    name: 'engine.ingest.signin',
    title: 'engine addSource: detect, hash, map and load the Entra SigninLogs CSV into a fresh case',
    dataset: 'signin',
    vsDuckdb: 'duckdb.load.signin',
    run: ({ inputs, args }) =>
      withBenchEngine('signin', true, args, async (engine) => {
        const { value, wallS } = await timed(() => engine.service.addSource({ path: inputs.signin, kind: 'signin' }));
        return { rows: value.rowsLoaded, wallS, detail: { format: value.format, rejected: value.rowsRejected } };
      }),
  },
  {
    name: 'engine.spikes.reference',
    title: 'engine loginSpikes: the reference rule (first page and total)',
    dataset: 'signin',
    vsDuckdb: 'duckdb.spikes.reference',
    run: ({ args }) =>
      withBenchEngine('signin', false, args, async (engine) => {
        const { value, wallS, p50Ms, detail } = await overheadPair(engine, () => callApi<{ total: number }>(engine, 'loginSpikes', {}), referenceSpikesSql(spikeParams.reference));
        return { rows: args.signinRows, wallS, p50Ms, detail: { ...detail, spikes: value.total } };
      }),
  },
  {
    name: 'engine.spikes.classify',
    title: 'engine classifySignins: spray, stuffing, brute force, takeover',
    dataset: 'signin',
    run: ({ args }) =>
      withBenchEngine('signin', false, args, async (engine) => {
        const { value, wallS } = await timed(() => callApi<{ findings: Array<{ kind: string }> }>(engine, 'classifySignins', {}));
        const kinds: Record<string, number> = {};
        for (const f of value.findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
        return { rows: args.signinRows, wallS, detail: kinds };
      }),
  },
];

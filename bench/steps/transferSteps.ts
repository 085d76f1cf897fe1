import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { callApi } from './callApi';
import type { BenchStep } from './BenchStep';
import { percentiles } from './percentiles';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { overheadPair } from './overheadPair';
import { exportParamsSchema } from '../../shared/api/detectParams';
import { referenceZScoreSql } from '../../electron/engine/exports/referenceZScore';
import { userBaselineSql } from '../../electron/engine/exports/userBaseline';
import { withBenchEngine } from './withBenchEngine';
import { transferScan, zscoreSql } from './zscoreSql';

const pandasPython = ['/usr/bin/python3', 'python3'];
const exportParams = exportParamsSchema.parse({});

/** Finds a python3 that can import pandas (Debian's /usr/bin/python3 first), or null. */
function pythonWithPandas(): string | null {
  for (const py of pandasPython) {
    if (py.startsWith('/') && !fs.existsSync(py)) continue;
    if (spawnSync(py, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

/** Steps over the 10 M-row transfer log: the pandas reference, plain DuckDB, and the engine. */
export const transferSteps: BenchStep[] = [
  {
    name: 'pandas.zscore',
    title: 'reference pandas script: read CSV, bytes per user-hour, z > 3',
    dataset: 'transfer',
    command: ({ inputs }) => {
      const py = pythonWithPandas();
      return py ? [py, path.join(__dirname, '..', 'reference_zscore.py'), inputs.transfer] : null;
    },
  },
  {
    name: 'duckdb.zscore.csv',
    title: 'plain DuckDB in memory: the same z-score straight from the CSV',
    dataset: 'transfer',
    vsPandas: 'pandas.zscore',
    run: ({ inputs }) =>
      withPlainDuckdb(null, true, async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass(transferScan(inputs.transfer))})`));
        return { rows: await scalar(c, `SELECT count(*) FROM ${transferScan(inputs.transfer)}`), wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'duckdb.load.transfer',
    title: 'plain DuckDB: CREATE TABLE AS read_csv into a file',
    dataset: 'transfer',
    run: ({ inputs }) =>
      withPlainDuckdb('transfer', true, async (c) => {
        const { wallS } = await timed(() => c.run(`CREATE TABLE transfer AS SELECT * FROM ${transferScan(inputs.transfer)}`));
        return { rows: await scalar(c, 'SELECT count(*) FROM transfer'), wallS };
      }),
  },
  {
    name: 'duckdb.zscore.window',
    title: 'plain DuckDB on the loaded table: naive z-score with windows over all user-hours',
    dataset: 'transfer',
    vsPandas: 'pandas.zscore',
    run: () =>
      withPlainDuckdb('transfer', false, async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${zscoreSql.window('transfer')})`));
        return { rows: await scalar(c, 'SELECT count(*) FROM transfer'), wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'duckdb.zscore.twopass',
    title: 'plain DuckDB on the loaded table: z-score in two passes (aggregate, then join the statistics)',
    dataset: 'transfer',
    vsPandas: 'pandas.zscore',
    run: () =>
      withPlainDuckdb('transfer', false, async (c) => {
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass('transfer')})`));
        return { rows: await scalar(c, 'SELECT count(*) FROM transfer'), wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'engine.ingest.transfer',
    title: 'engine addSource: hash, load, validate the transfer CSV into a fresh case',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.load.transfer',
    run: ({ inputs, args }) =>
      withBenchEngine('transfer', true, args, async (engine) => {
        const { value, wallS } = await timed(() => engine.service.addSource({ path: inputs.transfer, kind: 'transfer' }));
        return { rows: value.rowsLoaded, wallS, detail: { rejected: value.rowsRejected } };
      }),
  },
  {
    name: 'engine.zscore',
    title: 'engine exportReference on the loaded case (first page, total, statistics)',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.zscore.engineSql',
    vsPandas: 'pandas.zscore',
    run: ({ args }) =>
      withBenchEngine('transfer', false, args, async (engine) => {
        const { value, wallS, p50Ms, detail } = await overheadPair(engine, () => callApi<{ total: number; stats: Array<{ userHours: number }> }>(engine, 'exportReference', {}), referenceZScoreSql(exportParams.reference, exportParams.measure, 'rollup'));
        return { rows: args.transferRows, wallS, p50Ms, detail: { ...detail, anomalies: value.total, userHours: value.stats[0]?.userHours } };
      }),
  },
  {
    name: 'engine.baseline',
    title: 'engine exportBaseline on the loaded case: per-user robust baseline (median, IQR), count and first page',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.baseline.engineSql',
    run: ({ args }) =>
      withBenchEngine('transfer', false, args, async (engine) => {
        const { value, wallS, p50Ms, detail } = await overheadPair(engine, () => callApi<{ total: number }>(engine, 'exportBaseline', {}), userBaselineSql(exportParams, 'rollup'));
        return { rows: args.transferRows, wallS, p50Ms, detail: { ...detail, anomalies: value.total } };
      }),
  },
  {
    name: 'engine.chart.transferPerHour',
    title: 'engine transferPerHour chart query, repeated (p50/p95)',
    dataset: 'transfer',
    run: ({ args }) =>
      withBenchEngine('transfer', false, args, async (engine) => {
        const p = await percentiles(args.repeats, () => engine.service.transferPerHour({}));
        return { rows: args.transferRows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
      }),
  },
];

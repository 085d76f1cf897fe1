import fs from 'node:fs';
import { sqlString } from '../../electron/engine/sql/sqlString';
import { workDir } from '../benchPaths';
import type { BenchStep } from './BenchStep';
import { plainDbFile, scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { transferScan, zscoreSql } from './zscoreSql';

/** The issue's "ways in", each measured against the plain-DuckDB step it would replace. */
export const waysSteps: BenchStep[] = [
  {
    name: 'ways.load.transfer.unordered',
    title: 'way: transfer CTAS with preserve_insertion_order=false',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.load.transfer',
    run: ({ inputs }) =>
      withPlainDuckdb('transfer_unordered', true, async (c) => {
        await c.run('SET preserve_insertion_order = false');
        const { wallS } = await timed(() => c.run(`CREATE TABLE transfer AS SELECT * FROM ${transferScan(inputs.transfer)}`));
        return { rows: await scalar(c, 'SELECT count(*) FROM transfer'), wallS };
      }),
  },
  {
    name: 'ways.zscore.parquet',
    title: 'way: two-pass z-score over a Parquet copy of the transfer table instead of the DuckDB table',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.zscore.twopass',
    run: ({ args }) =>
      withPlainDuckdb('transfer', false, async (c) => {
        const file = `${workDir('plain')}/transfer.parquet`;
        const write = await timed(() => c.run(`COPY transfer TO ${sqlString(file)} (FORMAT parquet)`));
        const { value, wallS } = await timed(() => scalar(c, `SELECT count(*) FROM (${zscoreSql.twoPass(`read_parquet(${sqlString(file)})`)})`));
        return {
          rows: args.transferRows,
          wallS,
          detail: { anomalies: value, writeParquetS: write.wallS, parquetMB: fs.statSync(file).size / 1e6, tableFileMB: fs.statSync(plainDbFile('transfer')).size / 1e6 },
        };
      }),
  },
  {
    name: 'ways.zscore.materialized',
    title: 'way: the engine page shape (total + first page + statistics) from one materialised two-pass result',
    dataset: 'transfer',
    vsDuckdb: 'duckdb.zscore.twopass',
    run: ({ args }) =>
      withPlainDuckdb('transfer', false, async (c) => {
        const { value, wallS } = await timed(async () => {
          await c.run(`CREATE TEMP TABLE h AS SELECT user_id, date_trunc('hour', ts) AS hour, sum(bytes)::DOUBLE AS x FROM transfer GROUP BY ALL`);
          await c.run(`CREATE TEMP TABLE s AS SELECT count(*) AS n, avg(x) AS mean, stddev_samp(x) AS sd FROM h`);
          await c.run(`CREATE TEMP TABLE flagged AS SELECT h.*, abs(x - mean) / sd AS z FROM h, s WHERE abs(x - mean) / sd > 3`);
          await c.runAndReadAll(`SELECT * FROM flagged ORDER BY hour, user_id LIMIT 100`);
          return scalar(c, 'SELECT count(*) FROM flagged');
        });
        return { rows: args.transferRows, wallS, detail: { anomalies: value } };
      }),
  },
  {
    name: 'ways.load.leak.unordered',
    title: 'way: leak CTAS with preserve_insertion_order=false',
    dataset: 'leak',
    vsDuckdb: 'duckdb.load.leak',
    run: ({ inputs }) =>
      withPlainDuckdb('leak_unordered', true, async (c) => {
        await c.run('SET preserve_insertion_order = false');
        const { wallS } = await timed(() => c.run(`CREATE TABLE leak AS SELECT * FROM read_csv(${sqlString(inputs.leak)})`));
        return { rows: await scalar(c, 'SELECT count(*) FROM leak'), wallS };
      }),
  },
  {
    name: 'ways.load.leak.memlimit',
    title: 'way: leak CTAS with memory_limit=2GB and a temp_directory beside the database',
    dataset: 'leak',
    vsDuckdb: 'duckdb.load.leak',
    run: ({ inputs }) =>
      withPlainDuckdb(
        'leak_memlimit',
        true,
        async (c) => {
          const { wallS } = await timed(() => c.run(`CREATE TABLE leak AS SELECT * FROM read_csv(${sqlString(inputs.leak)})`));
          return { rows: await scalar(c, 'SELECT count(*) FROM leak'), wallS };
        },
        { memory_limit: '2GB', temp_directory: `${workDir('plain')}/tmp` },
      ),
  },
];

import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { exportParamsSchema } from '../../shared/api/detectParams';
import { sqlString } from '../../electron/engine/sql/sqlString';
import { baselineCandidatesSql } from './baselineCandidatesSql';
import { scalar } from './plainDuckdb';
import { transferScan, zscoreSql } from './zscoreSql';

const params = exportParamsSchema.parse({});

/**
 * What `analyze --transfer` does, as an analyst would write it in plain DuckDB: load the CSV into a table, sum bytes per
 * user-hour once, and write the reference z-score's anomalies and the per-user baseline's flagged hours to CSV files.
 */
export async function plainPipeline(c: DuckDBConnection, file: string, outDir: string): Promise<void> {
  await c.run(`CREATE TABLE transfer AS SELECT * FROM ${transferScan(file)}`);
  await c.run(`CREATE TABLE user_hour AS SELECT "user", date_trunc('hour', ts) AS hour, sum(bytes)::DOUBLE AS x FROM transfer WHERE bytes IS NOT NULL GROUP BY ALL`);
  await c.run(`COPY (${zscoreSql('user_hour', params.reference.zLimit)} ORDER BY hour, "user") TO ${sqlString(path.join(outDir, 'zscore.csv'))} (HEADER true)`);
  await c.run(`COPY (${baselineCandidatesSql(params, 'user_hour')} ORDER BY hour, "user") TO ${sqlString(path.join(outDir, 'baseline.csv'))} (HEADER true)`);
}

/** What the plain pipeline loaded and wrote: rows, anomalies and flagged hours (counted after it is timed). */
export async function plainPipelineCounts(c: DuckDBConnection, outDir: string): Promise<{ rows: number; anomalies: number; flagged: number }> {
  return {
    rows: await scalar(c, 'SELECT count(*) FROM transfer'),
    anomalies: await scalar(c, `SELECT count(*) FROM read_csv(${sqlString(path.join(outDir, 'zscore.csv'))}, header = true)`),
    flagged: await scalar(c, `SELECT count(*) FROM read_csv(${sqlString(path.join(outDir, 'baseline.csv'))}, header = true)`),
  };
}

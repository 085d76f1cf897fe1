import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cacheDir } from '../benchPaths';
import { sqlString } from '../../electron/engine/sql/sqlString';
import type { Dataset } from './datasets';

/** The cache path of a dataset at a size; the generator's SQL is hashed into the name so a change regenerates it. */
export function datasetFile(ds: Dataset, rows: number): string {
  const version = createHash('sha256').update(ds.sql(rows)).update(ds.delimiter).digest('hex').slice(0, 8);
  return path.join(cacheDir, 'data', `${ds.name}-${rows}-${version}.csv`);
}

/**
 * Returns the cached CSV of a dataset, generating it first when missing: DuckDB writes it with
 * COPY (SELECT … FROM range(n)) in insertion order, so the bytes are the same on every run.
 */
export async function ensureDataset(ds: Dataset, rows: number, log: (line: string) => void): Promise<string> {
  const file = datasetFile(ds, rows);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const stale of fs.readdirSync(path.dirname(file))) {
    if (stale.startsWith(`${ds.name}-${rows}-`)) fs.rmSync(path.join(path.dirname(file), stale), { force: true });
  }
  const tmp = `${file}.partial`;
  const started = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(`COPY (${ds.sql(rows)}) TO ${sqlString(tmp)} (FORMAT csv, HEADER true, DELIMITER ${sqlString(ds.delimiter)})`);
  } finally {
    c.closeSync();
    db.closeSync();
  }
  fs.renameSync(tmp, file);
  const mb = fs.statSync(file).size / 1e6;
  log(`generated ${path.basename(file)}: ${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cacheDir } from '../benchPaths';
import { sqlString } from '../../electron/engine/sql/sqlString';
import type { Shape } from './shapes';

/** The cache path of a shape's part at a size; the generator's SQL is hashed into the name so a change regenerates it. */
export function datasetFile(shape: Shape, rows: number, part: number): string {
  const version = createHash('sha256').update(shape.sql(rows, part)).update(shape.delimiter).digest('hex').slice(0, 8);
  return path.join(cacheDir, 'data', `${shape.name}-${rows}${part ? `-part${part}` : ''}-${version}.csv`);
}

/**
 * Returns the cached CSV of a shape's part, generating it first when missing: DuckDB writes it with
 * COPY (SELECT … FROM range(n)) in insertion order, so the bytes are the same on every run.
 */
export async function ensureDataset(shape: Shape, rows: number, part: number, log: (line: string) => void): Promise<string> {
  const file = datasetFile(shape, rows, part);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const prefix = `${shape.name}-${rows}${part ? `-part${part}` : ''}-`;
  for (const stale of fs.readdirSync(path.dirname(file))) {
    if (stale.startsWith(prefix) && /^[0-9a-f]{8}\.csv/.test(stale.slice(prefix.length))) fs.rmSync(path.join(path.dirname(file), stale), { force: true });
  }
  const tmp = `${file}.partial`;
  const started = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    await c.run(`COPY (${shape.sql(rows, part)}) TO ${sqlString(tmp)} (FORMAT csv, HEADER true, DELIMITER ${sqlString(shape.delimiter)})`);
  } finally {
    c.closeSync();
    db.closeSync();
  }
  fs.renameSync(tmp, file);
  const mb = fs.statSync(file).size / 1e6;
  log(`generated ${path.basename(file)}: ${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

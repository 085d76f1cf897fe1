import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { workDir } from '../benchPaths';

/** Path of a plain (not locked-down) DuckDB reference database of the bench. */
export function plainDbFile(name: string): string {
  return path.join(workDir('plain'), `${name}.duckdb`);
}

/**
 * Runs `fn` on a plain DuckDB database with default settings, as an analyst would in the DuckDB CLI:
 * `:memory:`, or a file under .bench-cache/work/plain, wiped first when `fresh`.
 */
export async function withPlainDuckdb<T>(name: string | null, fresh: boolean, fn: (c: DuckDBConnection) => Promise<T>, config: Record<string, string> = {}): Promise<T> {
  let file = ':memory:';
  if (name) {
    file = plainDbFile(name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fresh) for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true });
    else if (!fs.existsSync(file)) throw new Error(`No plain database "${name}": run its load step first.`);
  }
  const db = await DuckDBInstance.create(file, config);
  const c = await db.connect();
  await c.run(`SET TimeZone = 'UTC'`);
  try {
    return await fn(c);
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

/** Runs a query and returns its first row's first value as a number (for counts). */
export async function scalar(c: DuckDBConnection, sql: string): Promise<number> {
  const reader = await c.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? NaN);
}

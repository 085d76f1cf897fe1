import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from '../benchArgs';
import { benchCaseDir } from './benchEngine';
import { withBenchEngine } from './withBenchEngine';

/** Name of the data-view bench's own leak case for `rows` rows, apart from `leak` (which ingest steps rebuild at any size). */
export function pageCaseName(rows: number): string {
  return `page-leak-${rows}`;
}

/** Builds the data-view bench's leak case with the engine (addSource) when it is not there yet, and returns its name. */
export async function ensurePageCase(args: BenchArgs, leakCsv: string): Promise<string> {
  const name = pageCaseName(args.leakRows);
  if (!fs.existsSync(path.join(benchCaseDir(name), 'case.duckdb'))) {
    await withBenchEngine(name, true, args, (engine) => engine.service.addSource({ path: leakCsv, kind: 'leak' }));
  }
  return name;
}

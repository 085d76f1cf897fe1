import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from '../benchArgs';
import { benchCaseDir } from './benchEngine';
import { withBenchEngine } from './withBenchEngine';

/** Name of the data-view bench's own leak case for `rows` rows, apart from `leak` (which ingest steps rebuild at any size). */
export function pageCaseName(rows: number): string {
  return `page-leak-${rows}`;
}

/**
 * Builds the data-view bench's leak case with the engine (addSource) when it is not there yet, and returns its name.
 * It is built under a `.building` name and renamed when complete, so an interrupted build is never taken for a case.
 */
export async function ensurePageCase(args: BenchArgs, leakCsv: string): Promise<string> {
  const name = pageCaseName(args.leakRows);
  if (!fs.existsSync(path.join(benchCaseDir(name), 'case.duckdb'))) {
    const building = `${name}.building`;
    await withBenchEngine(building, true, args, (engine) => engine.service.addSource({ path: leakCsv, kind: 'leak' }));
    fs.rmSync(path.join(benchCaseDir(building), 'tmp'), { recursive: true, force: true });
    fs.renameSync(benchCaseDir(building), benchCaseDir(name));
  }
  return name;
}

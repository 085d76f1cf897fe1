import fs from 'node:fs';
import path from 'node:path';
import { openCase } from '../../electron/engine/case/openCase';
import { createEngine, type Engine } from '../../electron/engine/createEngine';
import { workDir } from '../benchPaths';
import { callApi } from './callApi';

/** The case folder a bench case lives in. */
export function benchCaseDir(name: string): string {
  return path.join(workDir('cases'), name);
}

/**
 * Opens the engine on bench case `name`, wiping it first when `fresh`; refuses a missing case otherwise.
 * With `memoryLimit` the case is opened as the service would, but with that DuckDB memory_limit.
 */
export async function openBenchEngine(name: string, fresh: boolean, memoryLimit?: string): Promise<Engine> {
  const dir = benchCaseDir(name);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  else if (!fs.existsSync(path.join(dir, 'case.duckdb'))) throw new Error(`No bench case "${name}": run its ingest step first.`);
  const engine = createEngine({ userDataDir: workDir('userdata'), transport: 'http' });
  if (memoryLimit) engine.ctx.caseDb = await openCase(dir, fresh, memoryLimit);
  else await callApi(engine, 'openCase', { dir, create: fresh });
  return engine;
}

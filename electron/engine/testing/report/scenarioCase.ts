import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type Engine } from '../../createEngine';
import { loadReportScenario, type ReportScenario } from './reportScenario';

/** An engine with the report scenario loaded, shared by the tests of one file; `close` removes everything. */
export interface ScenarioCase extends ReportScenario {
  engine: Engine;
  work: string;
  close(): void;
}

/** Opens a temp case, loads the report scenario through the real loaders, and returns it with its cleanup. */
export async function openScenarioCase(): Promise<ScenarioCase> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-report-'));
  const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  await engine.service.openCase({ dir: path.join(work, 'case'), create: true });
  const scenario = await loadReportScenario(engine, work);
  return {
    ...scenario,
    engine,
    work,
    close() {
      engine.close();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

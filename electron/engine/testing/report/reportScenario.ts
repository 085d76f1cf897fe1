import fs from 'node:fs';
import path from 'node:path';
import type { SourceDto } from '../../../../shared/api/sourcesApi';
import type { Engine } from '../../createEngine';
import { writeDemoTransferCsv } from '../../demo/writeDemoTransferCsv';
import { plantedScenario } from '../planted/plantedScenario';
import { writeEntraCsv } from '../logs/writeEntraCsv';
import { writeLeakCsv } from './writeLeakCsv';

/** The evidence of the report scenario as loaded, with the folder reports are written to. */
export interface ReportScenario {
  leak: SourceDto;
  signins: SourceDto;
  transfers: SourceDto;
  outDir: string;
}

/** Loads a leak, an Entra sign-in export with every planted attack, and the demo transfer log into the engine's case, through the real loaders. */
export async function loadReportScenario(engine: Engine, work: string): Promise<ReportScenario> {
  const evidence = path.join(work, 'evidence');
  const outDir = path.join(work, 'reports');
  fs.mkdirSync(evidence, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  const leakFile = path.join(evidence, 'leak.csv');
  const signinFile = path.join(evidence, 'SigninLogs.csv');
  const transferFile = path.join(evidence, 'transfers.csv');
  writeLeakCsv(leakFile);
  writeEntraCsv(signinFile, plantedScenario());
  writeDemoTransferCsv(transferFile);
  const leak = await engine.service.addSource({ path: leakFile, kind: 'leak' });
  const signins = await engine.service.addSource({ path: signinFile, kind: 'signin' });
  const transfers = await engine.service.addSource({ path: transferFile, kind: 'transfer' });
  return { leak, signins, transfers, outDir };
}

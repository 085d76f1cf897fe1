import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../createEngine';
import { writeDemoLeakCsv } from './writeDemoLeakCsv';
import { writeDemoSigninCsv } from './writeDemoSigninCsv';
import { writeDemoTransferCsv } from './writeDemoTransferCsv';

/**
 * Creates (or reopens) the bundled demo case in `dir` from synthetic inputs generated on this machine:
 * a leak sample, an Entra sign-in log with planted attacks and a transfer log with a planted bulk pull; its addresses'
 * country and AS are looked up by the detectors' run, as in `analyze` and the workbench.
 * The inputs live beside the case (`<dir>-inputs`), as evidence does: never inside the case folder.
 */
export async function makeDemoCase(engine: Engine, dir: string): Promise<void> {
  const fresh = !fs.existsSync(path.join(dir, 'case.duckdb'));
  const inputs = `${dir}-inputs`;
  fs.mkdirSync(inputs, { recursive: true });
  await engine.service.openCase({ dir, create: true });
  if (!fresh) return;
  const leak = path.join(inputs, 'fuite_clients_extrait.csv');
  writeDemoLeakCsv(leak);
  await engine.service.addSource({ path: leak, kind: 'leak' });
  const signin = path.join(inputs, 'SigninLogs_export.csv');
  writeDemoSigninCsv(signin);
  await engine.service.addSource({ path: signin, kind: 'signin' });
  const transfer = path.join(inputs, 'transfer_log.csv');
  writeDemoTransferCsv(transfer);
  await engine.service.addSource({ path: transfer, kind: 'transfer' });
  await engine.service.runDetectors({});
}

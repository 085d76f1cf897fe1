import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../createEngine';
import { writeDemoTransferCsv } from './writeDemoTransferCsv';

/**
 * Creates (or reopens) the bundled demo case in `dir` from synthetic inputs generated on this machine.
 * The inputs live beside the case (`<dir>-inputs`), as evidence does: never inside the case folder.
 */
export async function makeDemoCase(engine: Engine, dir: string): Promise<void> {
  const fresh = !fs.existsSync(path.join(dir, 'case.duckdb'));
  const inputs = `${dir}-inputs`;
  fs.mkdirSync(inputs, { recursive: true });
  await engine.service.openCase({ dir, create: true });
  if (!fresh) return;
  const transfer = path.join(inputs, 'transfer_log.csv');
  writeDemoTransferCsv(transfer);
  await engine.service.addSource({ path: transfer, kind: 'transfer' });
}

import path from 'node:path';
import type { Engine } from '../../createEngine';
import { blindTransferLog, type BlindExportParams } from './blindTransferLog';
import { scoreBlindExport, type BlindExportScore } from './scoreBlindExport';
import { writeBlindTransfers } from './writeBlindTransfers';

/** One blind transfer run: its parameters, rows written and loaded, and its score. */
export interface BlindExportResult {
  params: BlindExportParams;
  written: number;
  loaded: number;
  score: BlindExportScore;
}

/** Generates a blind transfer log, writes it as the reference CSV, loads it through `addSource` and runs every detector as `analyze` does, then scores the findings. */
export async function runBlindExportCase(engine: Engine, work: string, params: BlindExportParams): Promise<BlindExportResult> {
  const log = blindTransferLog(params);
  const file = path.join(work, 'transfers_blind.csv');
  writeBlindTransfers(log, file);
  const s = await engine.service.addSource({ path: file, kind: 'transfer' });
  await engine.service.runDetectors({});
  return { params, written: log.rows.length, loaded: s.rowsLoaded, score: await scoreBlindExport(engine, log.truth) };
}

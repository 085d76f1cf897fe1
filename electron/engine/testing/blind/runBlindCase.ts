import path from 'node:path';
import type { Engine } from '../../createEngine';
import { blindTenant, type BlindParams } from './blindTenant';
import { scoreBlind, type BlindScore } from './scoreBlind';
import { writeBlindCsv } from './writeBlindCsv';
import { runDetectorsWithoutLookup } from '../runDetectorsWithoutLookup';

/** One blind run: its parameters, rows loaded, and its score. */
export interface BlindResult {
  params: BlindParams;
  rows: number;
  score: BlindScore;
}

/**
 * Generates a blind tenant, writes it as files, loads them through `addSource` and runs every detector, then scores the
 * findings: with `intel` as `analyze` and the workbench do (the Api's runDetectors builds the shipped IP intel first),
 * without it on no intel at all (the figures docs/detection-scenarios.md gives "without IP intel").
 */
export async function runBlindCase(engine: Engine, work: string, params: BlindParams, intel = false): Promise<BlindResult> {
  const t = blindTenant(params);
  const signin = path.join(work, 'SigninLogs_blind.csv');
  const leak = path.join(work, 'leak_blind.csv');
  writeBlindCsv(t, signin, leak);
  await engine.service.addSource({ path: leak, kind: 'leak' });
  const s = await engine.service.addSource({ path: signin, kind: 'signin', options: params.localTime ? { timezone: 'Europe/Paris' } : {} });
  if (intel) await engine.service.runDetectors({});
  else await runDetectorsWithoutLookup(engine);
  return { params, rows: s.rowsLoaded, score: await scoreBlind(engine, t.truth) };
}

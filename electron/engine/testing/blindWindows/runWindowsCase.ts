import type { Engine } from '../../createEngine';
import { runDetectorsWithoutLookup } from '../runDetectorsWithoutLookup';
import { scoreWindows, type WindowsScore } from './scoreWindows';
import { windowsDomain, type WindowsParams } from './windowsDomain';
import type { WindowsTruth } from './WindowsTruth';
import { writeWindowsXml } from './writeWindowsXml';

/** One Windows domain run: its parameters, events written, sign-ins loaded and skipped (linked or not sign-ins), rejects, the truth and its score. */
export interface WindowsResult {
  params: WindowsParams;
  events: number;
  rows: number;
  skipped: number;
  rejected: number;
  truth: WindowsTruth;
  score: WindowsScore;
}

/**
 * Generates a domain, writes it as XML exports, loads each through `addSource` as an analyst would and runs every
 * detector (with the shipped IP intel when `intel`, as `analyze` does; else on none), then scores the findings.
 */
export async function runWindowsCase(engine: Engine, work: string, params: WindowsParams, intel = false): Promise<WindowsResult> {
  const d = windowsDomain(params);
  let rows = 0;
  let skipped = 0;
  let rejected = 0;
  for (const file of writeWindowsXml(d.events, work, params.files)) {
    const s = await engine.service.addSource({ path: file, kind: 'signin' });
    rows += s.rowsLoaded;
    skipped += s.rowsSkipped;
    rejected += s.rowsRejected;
  }
  if (intel) await engine.service.runDetectors({});
  else await runDetectorsWithoutLookup(engine);
  return { params, events: d.events.length, rows, skipped, rejected, truth: d.truth, score: await scoreWindows(engine, d.truth) };
}

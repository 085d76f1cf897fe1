import fs from 'node:fs';
import path from 'node:path';
import type { Api } from '../../../shared/api';
import type { SourceDto, SourceKind } from '../../../shared/api/sourcesApi';
import { findingsReport } from './findingsReport';

/** What `analyze` is asked to do. */
export interface AnalyzeJob {
  caseDir: string;
  inputs: Array<{ kind: SourceKind; file: string }>;
  outDir: string;
  /** Loader options passed to every sign-in and transfer source (e.g. the year of a syslog). */
  options?: Record<string, string | number | boolean>;
  onLoaded?: (s: SourceDto) => void;
}

/** Opens (or creates) the case, ingests the given files, runs every detector with defaults and writes OUT/findings.json. */
export async function analyzeCase(api: Api, job: AnalyzeJob): Promise<string> {
  await api.openCase({ dir: path.resolve(job.caseDir), create: true });
  for (const input of job.inputs) {
    const options = input.kind === 'leak' ? {} : (job.options ?? {});
    const s = await api.addSource({ path: path.resolve(input.file), kind: input.kind, options });
    job.onLoaded?.(s);
  }
  const report = await findingsReport(api);
  fs.mkdirSync(path.resolve(job.outDir), { recursive: true });
  const out = path.join(path.resolve(job.outDir), 'findings.json');
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  return out;
}

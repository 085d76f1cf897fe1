import fs from 'node:fs';
import path from 'node:path';
import type { Api } from '../../../shared/api';
import type { SourceDto, SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { findingsReport } from './findingsReport';

/** What `analyze` is asked to do. */
export interface AnalyzeJob {
  caseDir: string;
  /** Each file with the options of its load (as `ingest` takes them: format, allowed reject share, loader options). */
  inputs: Array<{ kind: SourceKind; file: string; format?: string; maxRejectShare?: number; options?: Record<string, string | number | boolean> }>;
  outDir: string;
  /** Loader options passed to every sign-in and transfer source without its own (e.g. the year of a syslog). */
  options?: Record<string, string | number | boolean>;
  onLoaded?: (s: SourceDto) => void;
  /** Given, a refused input is reported here and the others still load (as `ingest` does); absent, the refusal throws. */
  onRefused?: (file: string, message: string) => void;
}

/** Where the findings were written and how many inputs were refused. */
export interface AnalyzeOutcome {
  path: string;
  refused: number;
}

/** Opens (or creates) the case, ingests the given files, runs every detector with defaults and writes OUT/findings.json. */
export async function analyzeCase(api: Api, job: AnalyzeJob): Promise<AnalyzeOutcome> {
  await api.openCase({ dir: path.resolve(job.caseDir), create: true });
  let refused = 0;
  for (const input of job.inputs) {
    const options = input.options ?? (input.kind === 'leak' ? {} : (job.options ?? {}));
    try {
      const s = await api.addSource({
        path: path.resolve(input.file),
        kind: input.kind,
        options,
        ...(input.format ? { format: input.format } : {}),
        ...(input.maxRejectShare === undefined ? {} : { maxRejectShare: input.maxRejectShare }),
      });
      job.onLoaded?.(s);
    } catch (e) {
      if (!job.onRefused || !(e instanceof UserError)) throw e;
      refused += 1;
      job.onRefused(input.file, e.message);
    }
  }
  const report = await findingsReport(api);
  fs.mkdirSync(path.resolve(job.outDir), { recursive: true });
  const out = path.join(path.resolve(job.outDir), 'findings.json');
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  return { path: out, refused };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Api } from '../../../shared/api';
import type { SourceDto, SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { checkOutFolder, checkOutPath } from '../report/checkOutPath';
import { writeFileAtomic } from '../report/writeFileAtomic';
import { findingsReport } from './findingsReport';
import { findingListFile } from './writeFindingLists';
import { findingListNames } from '../../../shared/api/findingsApi';
import { privateDirMode } from '../db/makePrivate';

/** What `analyze` is asked to do. */
export interface AnalyzeJob {
  caseDir: string;
  /** Each file with the options of its load (as `ingest` takes them: format, allowed reject share, loader options). */
  inputs: Array<{ kind: SourceKind; file: string; format?: string; maxRejectShare?: number; options?: Record<string, string | number | boolean> }>;
  outDir: string;
  /** Replace an existing OUT/findings.json and its side files (refused otherwise, as for reports). */
  overwrite?: boolean;
  /** Write clear personal values into the side files too (the audited opt-in that `--include-personal-data` gives; `api` then reveals). */
  includePersonalData?: boolean;
  /** How far a gzip input may inflate, in bytes (see inflateLimit). */
  maxInflatedBytes?: number;
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

/**
 * Opens (or creates) the case, ingests the given files, runs every detector with defaults (which builds the IP intel of its sign-in addresses first, as in the workbench) and writes OUT/findings.json
 * (bounded: top rows and totals) with every list in full in its side files OUT/findings.<list>.csv, under the report's output rules: never over an input nor into an input's folder; both the case's inputs and the ones
 * about to be loaded are checked before anything is loaded.
 */
export async function analyzeCase(api: Api, job: AnalyzeJob): Promise<AnalyzeOutcome> {
  const caseDir = path.resolve(job.caseDir);
  const outDir = path.resolve(job.outDir);
  await api.openCase({ dir: caseDir, create: true, inputs: job.inputs.map((i) => path.resolve(i.file)) });
  const planned = [...(await api.listSources({})), ...job.inputs.map((i) => ({ path: path.resolve(i.file) }))];
  checkOutFolder(outDir, planned);
  if (fs.existsSync(outDir)) for (const name of ['findings.json', ...findingListNames.map(findingListFile)]) checkOutPath(path.join(outDir, name), planned, caseDir, job.overwrite ?? false);
  let refused = 0;
  for (const input of job.inputs) {
    const options = input.options ?? (input.kind === 'leak' ? {} : (job.options ?? {}));
    const limit = job.maxInflatedBytes === undefined ? {} : { maxInflatedBytes: job.maxInflatedBytes };
    try {
      const s = await api.addSource({
        path: path.resolve(input.file),
        kind: input.kind,
        options,
        ...limit,
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
  const sources = await api.listSources({});
  fs.mkdirSync(outDir, { recursive: true, mode: privateDirMode });
  const out = checkOutPath(path.join(outDir, 'findings.json'), sources, caseDir, job.overwrite ?? false);
  const report = await findingsReport(api, { outDir: path.dirname(out), includePersonalData: job.includePersonalData ?? false, overwrite: job.overwrite ?? false });
  writeFileAtomic(out, Buffer.from(`${JSON.stringify(report, null, 2)}\n`));
  return { path: out, refused };
}

import path from 'node:path';
import type { Api } from '../../shared/api';
import type { SourceKind } from '../../shared/api/sourcesApi';
import { formatProgress } from './formatProgress';
import type { LoadFlags } from './loadFlags';

/** One file to load, with its kind and the loading options that apply to it. */
export interface IngestInput {
  kind: SourceKind;
  file: string;
  flags: LoadFlags;
}

/**
 * `breachdesk ingest`: loads each file as a background job, prints progress (bytes, rate, ETA) to stderr
 * while it runs, then what was loaded. Resolves false when a file was refused (the case keeps the others).
 */
export async function ingestCommand(service: Api, inputs: IngestInput[]): Promise<boolean> {
  let allLoaded = true;
  for (const input of inputs) {
    const opts = input.flags;
    const job = await service.startIngest({
      path: path.resolve(input.file),
      kind: input.kind,
      options: opts.options,
      ...(opts.format ? { format: opts.format } : {}),
      ...(opts.maxRejectShare === undefined ? {} : { maxRejectShare: opts.maxRejectShare }),
      ...(opts.maxInflatedBytes === undefined ? {} : { maxInflatedBytes: opts.maxInflatedBytes }),
    });
    let status = job;
    // The first line after two seconds, then every two: a file that loads sooner prints only what was loaded.
    let lastPrint = Date.now();
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 250));
      status = await service.jobStatus({ jobId: job.id });
      if (Date.now() - lastPrint > 2000 && status.state === 'running') {
        process.stderr.write(`${formatProgress(status)}\n`);
        lastPrint = Date.now();
      }
    }
    const s = status.source;
    if (status.state === 'done' && s) {
      console.log(`loaded ${input.file}: source ${s.id} (${s.kind}, ${s.format}), ${s.rowsLoaded} rows, ${s.rowsRejected} rejected, sha256 ${s.sha256}`);
      if (s.message) console.log(`  ${s.message}`);
      if (s.rowsSkipped > 0) console.log(`  ${s.rowsSkipped} records skipped: not events this format loads (other event types or channels, or linked to an event already counted)`);
      if (s.rowsRejected > 0) console.log(`  rejected rows are listed in the case (rejects table, Sources screen)`);
    } else {
      allLoaded = false;
      console.error(`error: ${status.error ?? `${input.file}: ${status.state}`}`);
    }
  }
  return allLoaded;
}

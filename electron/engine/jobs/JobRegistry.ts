import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JobDto } from '../../../shared/api/jobsApi';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { newProgress, type IngestProgress } from './IngestProgress';
import { MalformedRowsError } from '../sources/MalformedRowsError';

interface Job {
  id: string;
  label: string;
  startedMs: number;
  state: JobDto['state'];
  progress: IngestProgress;
  abort: AbortController;
  source: SourceDto | null;
  error: string | null;
  refused: JobDto['refused'];
}

/** Hashing is about a tenth of an ingest's time; the percent bar weights the phases accordingly. */
const hashWeight = 0.1;

/** Background ingests of this engine: started, polled for progress, cancelled. */
export class JobRegistry {
  private jobs = new Map<string, Job>();

  /** Starts `run` in the background and returns its job id at once. */
  start(file: string, run: (progress: IngestProgress) => Promise<SourceDto>): JobDto {
    const abort = new AbortController();
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    const job: Job = {
      id: randomUUID(),
      label: path.basename(file),
      startedMs: Date.now(),
      state: 'running',
      progress: newProgress(size, abort.signal),
      abort,
      source: null,
      error: null,
      refused: null,
    };
    this.jobs.set(job.id, job);
    run(job.progress).then(
      (source) => {
        job.source = source;
        job.state = 'done';
      },
      (e: Error) => {
        job.state = abort.signal.aborted ? 'cancelled' : 'failed';
        job.error = abort.signal.aborted ? 'Cancelled: the case is as it was before this file.' : e.message;
        if (!abort.signal.aborted && e instanceof MalformedRowsError && e.goodRows > 0) job.refused = { goodRows: e.goodRows, malformedRows: e.malformedRows };
      },
    );
    return this.describe(job);
  }

  /** The current state of one job. */
  status(id: string): JobDto {
    return this.describe(this.get(id));
  }

  /** Every job of this session, newest first. */
  list(): JobDto[] {
    return [...this.jobs.values()].reverse().map((j) => this.describe(j));
  }

  /** Asks a running job to stop; the load rolls back. Once its rows are committed for good ('deriving') there is nothing to roll back, and the job goes on. */
  cancel(id: string): JobDto {
    const job = this.get(id);
    if (job.state === 'running' && job.progress.phase !== 'deriving') job.abort.abort();
    return this.describe(job);
  }

  private get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new UserError('not_found', `No job ${id}.`);
    return job;
  }

  private describe(j: Job): JobDto {
    const p = j.progress;
    const hashShare = p.bytesTotal > 0 ? p.hashedBytes / p.bytesTotal : 1;
    const share = j.state === 'done' ? 1 : Math.min(1, hashWeight * hashShare + (1 - hashWeight) * p.loadShare);
    const elapsed = Math.max(0.001, (Date.now() - j.startedMs) / 1000);
    const bytesDone = Math.round(share * p.bytesTotal);
    const rate = bytesDone / elapsed;
    return {
      id: j.id,
      label: j.label,
      state: j.state,
      phase: p.phase,
      bytesTotal: p.bytesTotal,
      bytesDone,
      percent: Math.round(share * 1000) / 10,
      bytesPerSecond: Math.round(rate),
      etaSeconds: j.state === 'running' && share > 0.01 ? Math.round((elapsed * (1 - share)) / share) : null,
      stepPercent: j.state === 'running' && (p.phase === 'finishing' || p.phase === 'deriving') && p.stepShare !== null ? Math.round(p.stepShare * 1000) / 10 : null,
      startedAt: new Date(j.startedMs).toISOString(),
      source: j.source,
      error: j.error,
      refused: j.refused,
    };
  }
}

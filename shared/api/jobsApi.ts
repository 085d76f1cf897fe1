import { z } from 'zod';
import { limits } from '../limits';
import { sourcesArgs, type SourceDto } from './sourcesApi';

/** A long-running ingest as the UI polls it: phase, progress, rate, ETA, and the outcome once done. */
export interface JobDto {
  id: string;
  label: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** 'deriving': rows committed, rollups or coverage being built (no longer cancellable). */
  phase: 'hashing' | 'loading' | 'finishing' | 'deriving';
  bytesTotal: number;
  bytesDone: number;
  /** 0–100 over the whole job (hashing then loading). */
  percent: number;
  bytesPerSecond: number;
  etaSeconds: number | null;
  /** 0–100 through the statement DuckDB is running while the load finishes or is summarised; null otherwise or when unknown. */
  stepPercent: number | null;
  startedAt: string;
  source: SourceDto | null;
  error: string | null;
  /** A load refused for its malformed rows while it had good ones: how many of each (the workbench offers to load the good ones, keeping the others as rejects). */
  refused: { goodRows: number; malformedRows: number } | null;
}

/** Argument schemas of the job methods. */
export const jobsArgs = {
  startIngest: sourcesArgs.addSource,
  jobStatus: z.object({ jobId: z.string().min(1).max(limits.idChars) }).strict(),
  listJobs: z.object({}).strict(),
  cancelJob: z.object({ jobId: z.string().min(1).max(limits.idChars) }).strict(),
};

/** Ingests that run in the background so the window never freezes, with progress and cancel. */
export interface JobsApi {
  startIngest(a: z.input<typeof jobsArgs.startIngest>): Promise<JobDto>;
  jobStatus(a: z.input<typeof jobsArgs.jobStatus>): Promise<JobDto>;
  listJobs(a: z.input<typeof jobsArgs.listJobs>): Promise<JobDto[]>;
  cancelJob(a: z.input<typeof jobsArgs.cancelJob>): Promise<JobDto>;
}

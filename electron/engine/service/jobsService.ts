import type { JobsApi } from '../../../shared/api/jobsApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { addSource } from '../ingest/addSource';

/** Background-ingest methods of Api. */
export function jobsService(ctx: EngineContext): JobsApi {
  return {
    async startIngest({ path, kind, maxRejectShare, maxInflatedBytes, format, options }) {
      const db = requireCase(ctx);
      return ctx.jobs.start(path, (progress) =>
        addSource(db, {
          file: path,
          kind,
          maxRejectShare: maxRejectShare ?? 0.01,
          ...(maxInflatedBytes === undefined ? {} : { maxInflatedBytes }),
          ...(format ? { format } : {}),
          options: options ?? {},
          progress,
          ...(ctx.ingestGate ? { beforeCommit: ctx.ingestGate } : {}),
        }),
      );
    },
    async jobStatus({ jobId }) {
      return ctx.jobs.status(jobId);
    },
    async listJobs() {
      return ctx.jobs.list();
    },
    async cancelJob({ jobId }) {
      return ctx.jobs.cancel(jobId);
    },
  };
}

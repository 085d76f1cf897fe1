import type { JobsApi } from '../../../shared/api/jobsApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { addSource } from '../sources/addSource';
import { ingestRequest } from '../sources/ingestRequest';

/** Background-ingest methods of Api. */
export function jobsService(ctx: EngineContext): ServiceOf<JobsApi> {
  return {
    async startIngest(arg) {
      const db = requireCase(ctx);
      const request = ingestRequest(ctx, arg);
      return ctx.jobs.start(request.file, (progress) => addSource(db, { ...request, progress }));
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

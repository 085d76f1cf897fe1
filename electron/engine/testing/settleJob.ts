import type { JobDto } from '../../../shared/api/jobsApi';
import { dispatch } from '../dispatch';
import type { GuardedApi } from '../privacy/guardPersonalData';

/** How long a background job may run in a test before it counts as hung: generous, since test ingests take seconds. */
export const jobHangMs = 120_000;

/**
 * Polls a background job through `dispatch` until it leaves `running`, and returns its last status. A job still
 * running after `jobHangMs` fails the test loudly instead of letting the caller carry on as if it had settled.
 */
export async function settleJob(service: GuardedApi, jobId: string): Promise<JobDto> {
  const deadline = Date.now() + jobHangMs;
  for (;;) {
    const s = await dispatch(service, 'jobStatus', { jobId });
    if (!s.ok) throw new Error(`jobStatus(${jobId}) failed: ${s.error.message}`);
    const dto = s.value as JobDto;
    if (dto.state !== 'running') return dto;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still running after ${jobHangMs / 1000} s: counted as hung`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import { useEffect, useState } from 'react';
import type { JobDto } from '../../../shared/api/jobsApi';
import { call } from '../api/client';

/** Polls a background job until it finishes; the window stays responsive throughout. */
export function useJob(jobId: string | null, onFinished: (job: JobDto) => void): JobDto | null {
  const [job, setJob] = useState<JobDto | null>(null);
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const tick = async () => {
      try {
        const j = await call('jobStatus', { jobId });
        if (!live) return;
        setJob(j);
        if (j.state === 'running') setTimeout(() => void tick(), 250);
        else onFinished(j);
      } catch {
        if (live) setTimeout(() => void tick(), 1000);
      }
    };
    void tick();
    return () => {
      live = false;
    };
    // onFinished is a fresh closure per render; the job id alone decides when to poll.
  }, [jobId]);
  return job;
}

import type { JobDto } from '../../../shared/api/jobsApi';
import { formatBytes } from '../ui/format';

/** Formats seconds as `1 min 05 s`. */
function formatEta(s: number | null): string {
  if (s === null) return 'estimating…';
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** A running ingest: phase, progress bar, bytes, rate, ETA, and cancel (until its rows are committed). */
export function JobProgress({ job, onCancel }: { job: JobDto; onCancel: () => void }) {
  return (
    <div className="job" data-testid="job-progress" data-state={job.state}>
      <div className="row">
        <b>{job.label}</b>
        <span className="muted">{job.phase === 'deriving' ? 'loaded · summarising' : job.phase}</span>
        <span className="spacer" />
        <span className="muted" data-testid="job-percent">
          {job.percent.toFixed(1)}%
        </span>
        {job.state === 'running' && job.phase !== 'deriving' && (
          <button className="ghost" data-testid="job-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <div className="progress" role="progressbar" aria-valuenow={job.percent} aria-valuemin={0} aria-valuemax={100}>
        <div style={{ width: `${job.percent}%` }} />
      </div>
      <div className="muted small">
        {formatBytes(job.bytesDone)} of {formatBytes(job.bytesTotal)} · {formatBytes(job.bytesPerSecond)}/s · ETA {formatEta(job.etaSeconds)}
      </div>
    </div>
  );
}

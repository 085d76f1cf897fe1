import type { JobDto } from '../../../shared/api/jobsApi';
import { formatBytes } from '../../../shared/format/formatBytes';

/** Formats seconds as `1 min 05 s`. */
function formatEta(s: number | null): string {
  if (s === null) return 'estimating…';
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** The phase as the analyst reads it, with DuckDB's progress through the running statement once the rows are read. */
function phaseText(job: JobDto): string {
  const phase = job.phase === 'deriving' ? 'loaded · summarising' : job.phase;
  return job.stepPercent === null ? phase : `${phase} · step ${Math.floor(job.stepPercent)}%`;
}

/**
 * A running ingest: phase, progress bar, bytes, rate, ETA, and cancel (until its rows are committed). Once the file is
 * read (finishing, summarising) the bar stands at 99 % and the ETA means nothing, so the time running is shown instead.
 */
export function JobProgress({ job, onCancel }: { job: JobDto; onCancel: () => void }) {
  const late = job.state === 'running' && (job.phase === 'finishing' || job.phase === 'deriving');
  const running = Math.max(0, Math.round((Date.now() - Date.parse(job.startedAt)) / 1000));
  return (
    <div className="job" data-testid="job-progress" data-state={job.state}>
      <div className="row">
        <b>{job.label}</b>
        <span className="muted" data-testid="job-phase">
          {phaseText(job)}
        </span>
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
        {late
          ? `${formatBytes(job.bytesTotal)} read · running ${formatEta(running)}`
          : `${formatBytes(job.bytesDone)} of ${formatBytes(job.bytesTotal)} · ${formatBytes(job.bytesPerSecond)}/s · ETA ${formatEta(job.etaSeconds)}`}
      </div>
    </div>
  );
}

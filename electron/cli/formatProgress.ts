import type { JobDto } from '../../shared/api/jobsApi';

/** Formats a byte count for the terminal in B, kB, MB or GB (a small file reads "312 B", not "0 kB"). */
function mb(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  return n >= 1e3 ? `${(n / 1e3).toFixed(0)} kB` : `${Math.round(n)} B`;
}

/** One progress line for a running ingest: phase (with the running statement's progress once the file is read), percent, bytes, rate and ETA. */
export function formatProgress(j: JobDto): string {
  const eta = j.etaSeconds === null ? 'ETA …' : `ETA ${j.etaSeconds} s`;
  const phase = j.stepPercent === null ? j.phase : `${j.phase} (step ${Math.floor(j.stepPercent)}%)`;
  return `  ${j.label}: ${phase} ${j.percent.toFixed(1)}% (${mb(j.bytesDone)} of ${mb(j.bytesTotal)}, ${mb(j.bytesPerSecond)}/s, ${eta})`;
}

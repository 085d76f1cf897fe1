import type { RejectedRow } from './Loader';

/** Formats the first rejects as `file line N: reason` lines for an error message. */
export function formatRejects(displayName: string, rejects: RejectedRow[], max = 3): string {
  return rejects
    .slice(0, max)
    .map((r) => `${displayName} line ${r.line}: ${r.reason}`)
    .join('\n');
}

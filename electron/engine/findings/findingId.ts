import { createHash } from 'node:crypto';

/** A stable finding id from its kind and identifying key, so re-running the same inputs yields the same ids. */
export function findingId(kind: string, key: string): string {
  return `${kind}-${createHash('sha256').update(`${kind}\u0000${key}`).digest('hex').slice(0, 16)}`;
}

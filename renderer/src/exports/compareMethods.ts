import type { FlaggedHour } from './FlaggedHour';

/** A user with hours flagged by either method. */
export interface FlaggedUser {
  user: string | null;
  reference: number;
  baseline: number;
  largest: FlaggedHour;
}

/** What the two methods flag in common and apart, and the users ranked by their largest flagged hour. */
export interface MethodComparison {
  both: number;
  referenceOnly: number;
  baselineOnly: number;
  users: FlaggedUser[];
}

const keyOf = (r: FlaggedHour) => `${r.user}|${r.hour}|${r.unit}`;

/** Compares the flagged user-hours of the two methods (as fetched: the first page of each). */
export function compareMethods(reference: FlaggedHour[], baseline: FlaggedHour[]): MethodComparison {
  const refKeys = new Set(reference.map(keyOf));
  const baseKeys = new Set(baseline.map(keyOf));
  const both = [...refKeys].filter((k) => baseKeys.has(k)).length;
  const users = new Map<string, FlaggedUser>();
  const add = (r: FlaggedHour, method: 'reference' | 'baseline') => {
    const k = r.user ?? '\u0000';
    const u = users.get(k) ?? { user: r.user, reference: 0, baseline: 0, largest: r };
    u[method]++;
    if (r.bytes > u.largest.bytes) u.largest = r;
    users.set(k, u);
  };
  reference.forEach((r) => add(r, 'reference'));
  baseline.forEach((r) => add(r, 'baseline'));
  return {
    both,
    referenceOnly: refKeys.size - both,
    baselineOnly: baseKeys.size - both,
    users: [...users.values()].sort((a, b) => b.largest.bytes - a.largest.bytes || String(a.user).localeCompare(String(b.user))),
  };
}

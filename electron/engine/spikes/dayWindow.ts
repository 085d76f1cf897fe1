/** One UTC day in milliseconds: the width of the day rollups' buckets. */
export const dayMs = 86_400_000;

/** A [from, to) range cut along UTC days, as the day rollups read it; all times are epoch milliseconds. */
export interface DayWindow {
  /** The days the range covers whole, or null when it covers none. */
  inner: [number, number] | null;
  /** The parts of the range outside whole days (none, one or two), read from the raw sign-ins. */
  edges: Array<[number, number]>;
  /** How many whole days the range covers. */
  days: number;
}

/** Cuts [from, to) into whole UTC days and the partial edges around them (why: whole days come from the day rollups, edges from the raw rows); null for an empty range. */
export function dayWindow(from: number, to: number): DayWindow | null {
  if (!(from < to)) return null;
  const lo = Math.ceil(from / dayMs) * dayMs;
  const hi = Math.floor(to / dayMs) * dayMs;
  if (lo >= hi) return { inner: null, edges: [[from, to]], days: 0 };
  const edges: Array<[number, number]> = [];
  if (from < lo) edges.push([from, lo]);
  if (hi < to) edges.push([hi, to]);
  return { inner: [lo, hi], edges, days: (hi - lo) / dayMs };
}


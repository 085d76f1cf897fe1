/** SQL for `col` within the epoch-millisecond span [a, b), with literal TIMESTAMPTZ bounds (why: the day window's cuts are numbers, never input text, and literals let DuckDB prune by zone maps). */
export function sqlSpan(col: string, [a, b]: [number, number]): string {
  return `(${col} >= TIMESTAMPTZ '${new Date(a).toISOString()}' AND ${col} < TIMESTAMPTZ '${new Date(b).toISOString()}')`;
}

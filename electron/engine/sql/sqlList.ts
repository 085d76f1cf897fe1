import { sqlString } from './sqlString';

/** A parenthesised list of SQL string literals, for `IN (…)` with analyst-supplied values. */
export function sqlList(values: readonly string[]): string {
  return `(${values.map(sqlString).join(', ')})`;
}

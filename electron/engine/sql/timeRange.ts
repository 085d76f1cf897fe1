import type { DuckDBValue } from '@duckdb/node-api';
import { UserError } from '../../../shared/userError';

/** Parses an ISO 8601 bound from the UI, refusing anything that is not a date. */
function bound(name: string, value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new UserError('invalid_argument', `${name}: "${value.slice(0, 40)}" is not an ISO 8601 time.`);
  return new Date(value).toISOString();
}

/** A WHERE fragment (with leading AND) and its parameters for an optional [from, to) time range, numbered from `first`. */
export function timeRange(range: { from?: string | undefined; to?: string | undefined }, first: number, col = 'ts'): { sql: string; params: DuckDBValue[] } {
  const parts: string[] = [];
  const params: DuckDBValue[] = [];
  if (range.from) {
    params.push(bound('from', range.from));
    parts.push(`${col} >= $${first + params.length - 1}::TIMESTAMPTZ`);
  }
  if (range.to) {
    params.push(bound('to', range.to));
    parts.push(`${col} < $${first + params.length - 1}::TIMESTAMPTZ`);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

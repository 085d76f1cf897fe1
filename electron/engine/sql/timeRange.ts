import { UserError } from '../../../shared/userError';
import { sqlJoin, sqlParam, type SqlPart } from './SqlPart';

/** A half-open [from, to) time range of the UI, either bound optional. */
export interface OptionalRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** Parses an ISO 8601 bound from the UI, refusing anything that is not a date. */
function bound(name: string, value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new UserError('invalid_argument', `${name}: "${value.slice(0, 40)}" is not an ISO 8601 time.`);
  return new Date(value).toISOString();
}

/**
 * The condition `col` within an optional [from, to) range (`true` without bounds), binding `$from` and `$to` (with
 * `prefix` before each name, for a statement holding two different ranges). The same range on another column binds the
 * same names to the same values, so both conditions sit in one statement.
 */
export function timeRange(range: OptionalRange, { col = 'ts', prefix = '' }: { col?: string; prefix?: string } = {}): SqlPart {
  const parts: SqlPart[] = [];
  if (range.from) {
    const p = sqlParam(`${prefix}from`, bound('from', range.from));
    parts.push({ sql: `${col} >= ${p.sql}::TIMESTAMPTZ`, params: p.params });
  }
  if (range.to) {
    const p = sqlParam(`${prefix}to`, bound('to', range.to));
    parts.push({ sql: `${col} < ${p.sql}::TIMESTAMPTZ`, params: p.params });
  }
  return sqlJoin(parts, ' AND ', 'true');
}

import { UserError } from '../../../../../shared/userError';
import { sqlString } from '../../../sql/sqlString';
import { trimSql } from '../../../sql/trimSql';
import type { LoadOptions } from '../../Loader';
import { epochTimeSql } from './epochTimeSql';

/** Regex (DuckDB) telling a time text that carries its own zone: `Z`, `+02:00`, `-0500`, ` UTC`. */
const zoneSuffix = '[0-9]:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?\\s*([zZ]|[+-][0-9]{2}(:?[0-9]{2})?|\\s?UTC|\\s?GMT)$';

/**
 * Numeric date with slashes, as portal and Log Analytics exports write it: `1/9/2007 10:41:00 AM +01:00`,
 * `01/09/2007, 10:41:00.123 PM`, `1/9/2007 22:41`; optional seconds, fraction, 12-hour marker and zone.
 */
const numericDate =
  '^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}),?\\s+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})([.,][0-9]+)?)?\\s*([AaPp][Mm])?\\s*([zZ]|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT)?$';

/** A UTC ISO 8601 time (`2024-03-01T10:00:00.123Z`): its zone is its own and it needs no rewriting, so a plain cast reads it. */
const isoUtc = '[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?Z';

/** Order of the day and month in a numeric date (1/9/2007): US `mdy` by default, `dmy` where the export says so. */
export type DateOrder = 'mdy' | 'dmy';

/** The `dateOrder` loader option, checked; when absent the format's own (`mdy`, the documented order of the US-format exports read, unless given). */
export function resolveDateOrder(options: LoadOptions, displayName: string, fallback: DateOrder = 'mdy'): DateOrder {
  const order = options.dateOrder;
  if (order === undefined || order === '') return fallback;
  if (order !== 'mdy' && order !== 'dmy') throw new UserError('invalid_argument', `${displayName}: option dateOrder must be mdy or dmy, got "${String(order)}".`);
  return order;
}

/** SQL rewriting a numeric date (see numericDate) as ISO 8601 text, its zone kept; other texts unchanged. */
function isoFromNumericSql(v: string, dateOrder: DateOrder): string {
  const part = (name: string) => `regexp_extract(${v}, ${sqlString(numericDate)}, ['a','b','y','h','mi','s','frac','ampm','zone']).${name}`;
  const [month, day] = dateOrder === 'mdy' ? [part('a'), part('b')] : [part('b'), part('a')];
  const h = `try_cast(${part('h')} AS INTEGER)`;
  const hour = `CASE WHEN ${part('ampm')} = '' THEN ${h} ELSE ${h} % 12 + CASE WHEN upper(${part('ampm')}) = 'PM' THEN 12 ELSE 0 END END`;
  const zone = `CASE WHEN ${part('zone')} IN ('UTC', 'GMT', 'z') THEN 'Z' ELSE ${part('zone')} END`;
  return `CASE WHEN regexp_matches(${v}, ${sqlString(numericDate)}) THEN printf('%s-%02d-%02dT%02d:%s:%s', ${part('y')}, try_cast(${month} AS INTEGER), try_cast(${day} AS INTEGER), ${hour}, ${part('mi')}, coalesce(nullif(${part('s')}, ''), '00'))
      || replace(${part('frac')}, ',', '.') || ${zone} ELSE ${v} END`;
}

/**
 * SQL turning a time text into TIMESTAMPTZ: ISO 8601 (any fraction, `T` or space), or a numeric date in `dateOrder` with
 * an optional 12-hour clock; an explicit offset is honoured; a zone-less time is read in `timezone` (an IANA name already
 * validated, `UTC` by default); seconds or milliseconds since 1970 are UTC (epochTimeSql). Unparseable text gives NULL. A UTC ISO time, the common case, is cast at once (one match
 * instead of the rewrites' several, which give it unchanged).
 */
export function zonedTimeSql(expr: string, timezone: string, dateOrder: DateOrder = 'mdy'): string {
  const raw = trimSql(`CAST(${expr} AS VARCHAR)`);
  const v = `(${isoFromNumericSql(raw, dateOrder)})`;
  return `CASE WHEN regexp_full_match(${raw}, ${sqlString(isoUtc)}) THEN try_cast(${raw} AS TIMESTAMPTZ)
    WHEN regexp_matches(${v}, ${sqlString(zoneSuffix)}) THEN try_cast(regexp_replace(${v}, '\\s?(UTC|GMT)$', 'Z') AS TIMESTAMPTZ)
    ELSE coalesce(timezone(${sqlString(timezone)}, try_cast(${v} AS TIMESTAMP)), ${epochTimeSql(raw)}) END`;
}

/** SQL reading a zone-less TIMESTAMP expression as wall-clock time in `timezone`. */
export function localTimeSql(timestampExpr: string, timezone: string): string {
  return `timezone(${sqlString(timezone)}, ${timestampExpr})`;
}

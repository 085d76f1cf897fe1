import { sqlString } from '../../db/sqlString';

/** Regex (DuckDB) telling a time text that carries its own zone: `Z`, `+02:00`, `-0500`, ` UTC`. */
const zoneSuffix = '[0-9]:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?\\s*([zZ]|[+-][0-9]{2}(:?[0-9]{2})?|\\s?UTC|\\s?GMT)$';

/** Zone-less layouts accepted besides ISO 8601: the US form of Log Analytics / portal CSV exports. */
const localLayouts = ['%m/%d/%Y, %I:%M:%S.%g %p', '%m/%d/%Y, %I:%M:%S %p', '%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M'];

/**
 * SQL turning a time text into TIMESTAMPTZ: an explicit offset is honoured; a zone-less time is read in
 * `timezone` (an IANA name already validated, `UTC` by default). Unparseable text gives NULL.
 */
export function zonedTimeSql(expr: string, timezone: string): string {
  const v = `trim(CAST(${expr} AS VARCHAR))`;
  const layouts = `[${localLayouts.map(sqlString).join(', ')}]`;
  const local = `coalesce(try_cast(${v} AS TIMESTAMP), try_strptime(${v}, ${layouts}))`;
  return `CASE WHEN regexp_matches(${v}, ${sqlString(zoneSuffix)}) THEN try_cast(regexp_replace(${v}, '\\s?(UTC|GMT)$', 'Z') AS TIMESTAMPTZ)
    ELSE timezone(${sqlString(timezone)}, ${local}) END`;
}

/** SQL reading a zone-less TIMESTAMP expression as wall-clock time in `timezone`. */
export function localTimeSql(timestampExpr: string, timezone: string): string {
  return `timezone(${sqlString(timezone)}, ${timestampExpr})`;
}

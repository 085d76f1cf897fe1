import { trimSql } from '../../../sql/trimSql';

/** SQL: a client address stripped of a port or brackets (`[2001:db8::1]:51234`, `1.2.3.4:5678`), blank → NULL; one without `[` or `:` is kept as it is, unmatched. */
export function clientIpSql(expr: string): string {
  const v = trimSql(`CAST(${expr} AS VARCHAR)`);
  return `CASE WHEN ${v} IN ('', '-', 'null') THEN NULL
    WHEN NOT (starts_with(${v}, '[') OR contains(${v}, ':')) THEN ${v}
    WHEN regexp_matches(${v}, '^\\[[^\\]]+\\](:[0-9]+)?$') THEN regexp_extract(${v}, '^\\[([^\\]]+)\\]', 1)
    WHEN regexp_matches(${v}, '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+:[0-9]+$') THEN regexp_extract(${v}, '^([0-9.]+):', 1)
    ELSE ${v} END`;
}

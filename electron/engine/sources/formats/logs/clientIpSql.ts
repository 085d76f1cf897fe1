import { trimSql } from '../../../sql/trimSql';
import { canonicalIpv6Sql } from './canonicalIpv6Sql';

/**
 * SQL: a client address stripped of a port or brackets (`[2001:db8::1]:51234`, `1.2.3.4:5678`), blank → NULL, an IPv6
 * address in its one spelling (canonicalIpv6Sql: `::ffff:203.0.113.5` → `203.0.113.5`, `2001:DB8:0::1` → `2001:db8::1`).
 * The one place every loader's address passes through, so one address counts once across sources; a value without `[`
 * or `:` (an IPv4 address, a host name) is kept as it is, unmatched and untouched (why: the 30 M-row ingest pays nothing).
 */
export function clientIpSql(expr: string): string {
  const v = trimSql(`CAST(${expr} AS VARCHAR)`);
  return `CASE WHEN ${v} IN ('', '-', 'null') THEN NULL
    WHEN NOT (starts_with(${v}, '[') OR contains(${v}, ':')) THEN ${v}
    WHEN regexp_matches(${v}, '^\\[[^\\]]+\\](:[0-9]+)?$') THEN ${canonicalIpv6Sql(`regexp_extract(${v}, '^\\[([^\\]]+)\\]', 1)`)}
    WHEN regexp_matches(${v}, '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+:[0-9]+$') THEN regexp_extract(${v}, '^([0-9.]+):', 1)
    ELSE ${canonicalIpv6Sql(v)} END`;
}

import type { LeakColumn } from '../../../shared/api/detectParams';
import { clientIpSql } from '../sources/formats/logs/clientIpSql';
import { canonicalIpv6Sql } from '../sources/formats/logs/canonicalIpv6Sql';
import { sqlIdent } from '../sql/sqlString';

/** SQL: the IPv4 address numbered `n` (0 to 2³² − 1) as a dotted quad. */
const dottedSql = (n: string) => `printf('%d.%d.%d.%d', ${n} // 16777216, (${n} // 65536) % 256, (${n} // 256) % 256, ${n} % 256)`;

/** SQL: 32 hex digits `h` as the eight groups of an IPv6 address. */
const groupsSql = (h: string) => `concat_ws(':', ${Array.from({ length: 8 }, (_, i) => `substr(${h}, ${i * 4 + 1}, 4)`).join(', ')})`;

/**
 * SQL: an address as a leak keeps it, in the one spelling the logs store theirs (clientIpSql), so a leaked last-login
 * IP meets the sign-ins from it: text as a log's (`2001:DB8:0::1` as `2001:db8::1`); an INET_ATON or ip2long integer
 * (negative from 32-bit PHP) or 8 hex digits (INET6_ATON of an IPv4 address, `0x` or not) as its dotted quad; 32 hex
 * digits (INET6_ATON of an IPv6 address) as that address. Coverage counts those forms as IP addresses under an IP header
 * (bd_ip_number); compared as stored, they met no sign-in.
 */
export function storedIpSql(expr: string): string {
  const v = `trim(CAST(${expr} AS VARCHAR))`;
  const n = `try_cast(${v} AS BIGINT)`;
  const hex = `lower(regexp_replace(${v}, '^0[xX]', ''))`;
  return `CASE WHEN regexp_full_match(${v}, '-?[0-9]{1,10}') AND ${n} BETWEEN -2147483648 AND 4294967295
      THEN ${dottedSql(`(CASE WHEN ${n} < 0 THEN ${n} + 4294967296 ELSE ${n} END)`)}
    WHEN regexp_full_match(${v}, '(0[xX])?[0-9a-fA-F]{8}') THEN ${dottedSql(`('0x' || ${hex})::BIGINT`)}
    WHEN regexp_full_match(${v}, '(0[xX])?[0-9a-fA-F]{32}') THEN ${canonicalIpv6Sql(groupsSql(hex))}
    ELSE lower(${clientIpSql(v)}) END`;
}

/** SQL yielding `ukey`: every distinct address of the given leak columns in the logs' spelling (storedIpSql; empty when there are none). */
export function leakIpValuesSql(cols: LeakColumn[]): string {
  if (cols.length === 0) return `SELECT NULL::VARCHAR AS ukey WHERE false`;
  const parts = cols.map((col) => `SELECT ${storedIpSql(sqlIdent(col.column))} AS ukey FROM ${sqlIdent(col.table)}`);
  return `SELECT DISTINCT ukey FROM (${parts.join(' UNION ALL ')}) WHERE ukey IS NOT NULL AND ukey <> ''`;
}

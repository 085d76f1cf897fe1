/**
 * SQL producing `family` (4, 6 or NULL) and `ip_num` (UHUGEINT) for the address column `ip` of `fromSql`, the same
 * numbers parseIp gives: IPv4 dotted quads, IPv6 with `::` compression, a zone (`%eth0`) or brackets dropped, and
 * IPv4-mapped IPv6 read as IPv4. Anything else (a host name, garbage) keeps family and ip_num NULL.
 */
export function ipNumberSql(fromSql: string): string {
  return `
SELECT ip, CASE WHEN v4 IS NOT NULL OR v6 >> 32 = 65535 THEN 4 WHEN v6 IS NOT NULL THEN 6 END::TINYINT AS family,
       CASE WHEN v4 IS NOT NULL THEN v4 WHEN v6 >> 32 = 65535 THEN v6 & 4294967295::UHUGEINT ELSE v6 END AS ip_num
FROM (
  SELECT ip,
    CASE WHEN len(o) = 4 AND list_bool_and(list_transform(o, x -> x IS NOT NULL AND x <= 255))
         THEN (o[1]::UHUGEINT << 24) + (o[2]::UHUGEINT << 16) + (o[3]::UHUGEINT << 8) + o[4]::UHUGEINT END AS v4,
    CASE WHEN o IS NULL AND len(g) = 8 AND (len(h) < 2 OR len(a) + len(b) <= 7)
              AND list_bool_and(list_transform(g, x -> regexp_full_match(x, '[0-9a-f]{1,4}')))
         THEN (TRY_CAST('0x' || left(hex, 16) AS UBIGINT)::UHUGEINT << 64) + TRY_CAST('0x' || right(hex, 16) AS UBIGINT)::UHUGEINT END AS v6
  FROM (
    SELECT *, list_aggregate(list_transform(g, x -> lpad(x, 4, '0')), 'string_agg', '') AS hex
    FROM (
      SELECT *, CASE WHEN len(h) = 2 THEN a || list_transform(range(greatest(0, 8 - len(a) - len(b))), x -> '0') || b ELSE a END AS g
      FROM (
        SELECT *, CASE WHEN h[1] = '' THEN []::VARCHAR[] ELSE string_split(h[1], ':') END AS a,
                  CASE WHEN len(h) < 2 OR h[2] = '' THEN []::VARCHAR[] ELSE string_split(h[2], ':') END AS b
        FROM (
          SELECT ip, o, CASE WHEN o IS NULL AND regexp_full_match(v, '[0-9a-f:]*:[0-9a-f:]*') THEN string_split(v, '::') END AS h
          FROM (
            SELECT ip, v,
              CASE WHEN regexp_full_match(v4text, '\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}')
                   THEN list_transform(string_split(v4text, '.'), x -> TRY_CAST(x AS INTEGER)) END AS o
            FROM (
              SELECT ip, v, CASE WHEN starts_with(v, '::ffff:') AND contains(v, '.') THEN substr(v, 8) ELSE v END AS v4text
              FROM (SELECT ip, lower(regexp_replace(trim(CAST(ip AS VARCHAR)), '^\\[|\\]$|%.*$', '', 'g')) AS v FROM (${fromSql}))
            )
          )
        )
      )
    )
  )
)`;
}

/** An IPv4 address written in an IPv6 one's last 32 bits (`::ffff:203.0.113.5`): its prefix and four decimal parts, no leading zeros (RFC 4291 §2.2). */
const dottedTail = String.raw`^(.*:)(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$`;

/** The steps below in order, each a lambda over the previous one's value (why: one expression, each value computed once, no macro to install on every connection). */
function pipeline(expr: string, steps: string[]): string {
  return `${steps.reduce((value, step) => `list_transform(${value}, ${step})`, `[${expr}]`)}[1]`;
}

/**
 * SQL: the address `expr` (a value holding ':') in the one spelling every source is stored in, so one attacker counts
 * once whoever logged it: an IPv4-mapped IPv6 address (`::ffff:203.0.113.5`, what dual-stack servers log for IPv4
 * clients) as its IPv4 address, any other IPv6 address in RFC 5952 §4 form (lower case, leading zeros dropped, the
 * first longest run of two or more zero groups as `::`), a zone id (`%eth0`) dropped. A value that is no IPv6
 * address (a host name, garbage) is kept as written.
 */
export function canonicalIpv6Sql(expr: string): string {
  return pipeline(expr, [
    `ip_w -> {'w': ip_w, 's': lower(regexp_replace(ip_w, '%.*$', ''))}`,
    `ip_p -> {'w': ip_p.w, 's': ip_p.s, 'q': CASE WHEN contains(ip_p.s, '.') THEN regexp_extract(ip_p.s, '${dottedTail}', ['pre', 'a', 'b', 'c', 'd']) END}`,
    `ip_p -> {'w': ip_p.w, 's': CASE WHEN ip_p.q IS NULL THEN ip_p.s
        WHEN greatest(TRY_CAST(ip_p.q.a AS INTEGER), TRY_CAST(ip_p.q.b AS INTEGER), TRY_CAST(ip_p.q.c AS INTEGER), TRY_CAST(ip_p.q.d AS INTEGER)) <= 255
        THEN ip_p.q.pre || printf('%x:%x', ip_p.q.a::INTEGER * 256 + ip_p.q.b::INTEGER, ip_p.q.c::INTEGER * 256 + ip_p.q.d::INTEGER) END}`,
    `ip_p -> {'w': ip_p.w, 'h': CASE WHEN regexp_full_match(ip_p.s, '[0-9a-f:]+') THEN string_split(ip_p.s, '::') END}`,
    `ip_p -> {'w': ip_p.w, 'n': len(ip_p.h), 'a': CASE WHEN ip_p.h[1] = '' THEN []::VARCHAR[] ELSE string_split(ip_p.h[1], ':') END,
        'b': CASE WHEN len(ip_p.h) < 2 OR ip_p.h[2] = '' THEN []::VARCHAR[] ELSE string_split(ip_p.h[2], ':') END}`,
    `ip_p -> {'w': ip_p.w, 'g': CASE WHEN ip_p.n = 1 AND len(ip_p.a) = 8 THEN ip_p.a
        WHEN ip_p.n = 2 AND len(ip_p.a) + len(ip_p.b) <= 7 THEN ip_p.a || list_transform(range(8 - len(ip_p.a) - len(ip_p.b)), ip_z -> '0') || ip_p.b END}`,
    `ip_p -> {'w': ip_p.w, 'g': CASE WHEN list_bool_and(list_transform(ip_p.g, ip_x -> regexp_full_match(ip_x, '[0-9a-f]{1,4}')))
        THEN list_transform(ip_p.g, ip_x -> coalesce(nullif(ltrim(ip_x, '0'), ''), '0')) END}`,
    `ip_p -> {'w': ip_p.w, 'g': ip_p.g, 'm': array_to_string(list_transform(ip_p.g, ip_x -> CASE WHEN ip_x = '0' THEN 'z' ELSE 'n' END), '')}`,
    `ip_p -> {'w': ip_p.w, 'g': ip_p.g, 'm': ip_p.m,
        'r': list_filter(list_transform(range(8, 1, -1), ip_k -> [ip_k, instr(ip_p.m, repeat('z', ip_k))]), ip_r -> ip_r[2] > 0)[1]}`,
    `ip_p -> CASE WHEN ip_p.g IS NULL THEN ip_p.w
        WHEN starts_with(ip_p.m, 'zzzzz') AND ip_p.g[6] = 'ffff'
        THEN printf('%d.%d.%d.%d', ('0x' || ip_p.g[7])::INTEGER // 256, ('0x' || ip_p.g[7])::INTEGER % 256, ('0x' || ip_p.g[8])::INTEGER // 256, ('0x' || ip_p.g[8])::INTEGER % 256)
        WHEN ip_p.r IS NULL THEN array_to_string(ip_p.g, ':')
        ELSE array_to_string(ip_p.g[1:ip_p.r[2] - 1], ':') || '::' || array_to_string(ip_p.g[ip_p.r[2] + ip_p.r[1]:], ':') END`,
  ]);
}

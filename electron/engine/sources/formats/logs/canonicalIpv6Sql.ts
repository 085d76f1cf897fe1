/** An IPv4 address written in an IPv6 one's last 32 bits (`::ffff:203.0.113.5`): its prefix and four decimal parts, no leading zeros (RFC 4291 §2.2). */
const dottedTail = String.raw`^(.*:)(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$`;

/** A group in RFC 5952 form that is not zero: no leading zero, lower case. */
const group = '[1-9a-f][0-9a-f]{0,3}';

/** An octet of an IPv4 address, no leading zero. */
const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';

/** An IPv4-mapped address with its IPv4 part dotted, as dual-stack servers write it, capturing the IPv4 address. */
const mappedDotted = `^::[fF]{4}:(${octet}\\.${octet}\\.${octet}\\.${octet})$`;

/** The steps below in order, each a lambda over the previous one's value (why: one expression, each costly value computed once, no macro to install on every connection). */
function pipeline(expr: string, steps: string[]): string {
  return `${steps.reduce((value, step) => `list_transform(${value}, ${step})`, `[${expr}]`)}[1]`;
}

/** SQL: how many groups the side `side` of a `::` holds (`2001:db8` → 2, empty → 0). */
function groupsOf(side: string): string {
  return `(CASE WHEN ${side} = '' THEN 0 ELSE length(${side}) - length(replace(${side}, ':', '')) + 1 END)`;
}

/** SQL: the eight groups of the address `s` framed by ':' (`:2001:db8:0:0:0:0:0:1:`), a `::` expanded; garbage where `s` is no address (the caller checks). */
function framedGroups(s: string): string {
  const left = `left(${s}, instr(${s}, '::') - 1)`;
  const right = `substr(${s}, instr(${s}, '::') + 2)`;
  const missing = `8 - ${groupsOf(left)} - ${groupsOf(right)}`;
  return `CASE WHEN NOT contains(${s}, '::') THEN ':' || ${s} || ':'
    WHEN ${missing} >= 1 THEN (CASE WHEN ${left} = '' THEN ':' ELSE ':' || ${left} || ':' END) || repeat('0:', ${missing}) || (CASE WHEN ${right} = '' THEN '' ELSE ${right} || ':' END) END`;
}

/** SQL: the framed groups `z` with their first longest run of two or more zero groups written `::` and the framing dropped. */
function compressed(z: string): string {
  const runs = [8, 7, 6, 5, 4, 3, 2].map((k) => {
    const run = `':${'0:'.repeat(k)}'`;
    return `WHEN contains(${z}, ${run}) THEN left(${z}, instr(${z}, ${run}) - 1) || '::' || substr(${z}, instr(${z}, ${run}) + ${2 * k + 1})`;
  });
  return `regexp_replace(CASE ${runs.join(' ')} ELSE ${z} END, '^:([0-9a-f])|([0-9a-f]):$', '\\1\\2', 'g')`;
}

/** SQL: the IPv4 address of the framed groups `z` of an IPv4-mapped address (`:0:0:0:0:0:ffff:cb00:7105:`). */
function mappedIpv4(z: string): string {
  const [hi, lo] = [8, 9].map((n) => `('0x' || split_part(${z}, ':', ${n}))::INTEGER`);
  return `printf('%d.%d.%d.%d', ${hi} // 256, ${hi} % 256, ${lo} // 256, ${lo} % 256)`;
}

/**
 * SQL: the address `expr` (a value holding ':') in the one spelling every source is stored in, so one attacker counts
 * once whoever logged it: an IPv4-mapped IPv6 address (`::ffff:203.0.113.5`, what dual-stack servers log for IPv4
 * clients) as its IPv4 address, any other IPv6 address in RFC 5952 §4 form (lower case, leading zeros dropped, the
 * first longest run of two or more zero groups as `::`), a zone id (`%eth0`) dropped. A value that is no IPv6
 * address (a host name, garbage) is kept as written.
 */
export function canonicalIpv6Sql(expr: string): string {
  const lc = `lower(${expr})`;
  const colons = `strlen(${expr}) - strlen(replace(${expr}, ':', ''))`;
  // Already in RFC 5952 form but maybe for its case (no zero group but the two or more `::` stands for), as most systems
  // write, or mapped IPv4 dotted, as dual-stack servers write it: a match or two instead of the full reading (why: that
  // costs about 8 µs a value, these 0.5 µs).
  return `CASE WHEN regexp_full_match(${lc}, '${group}(:${group}){7}')
      OR (regexp_full_match(${lc}, '(${group}(:${group})*)?::(${group}(:${group})*)?') AND ${colons} <= 6 AND NOT starts_with(${lc}, '::ffff:')) THEN ${lc}
    WHEN regexp_matches(${expr}, '${mappedDotted}') THEN regexp_extract(${expr}, '${mappedDotted}', 1)
    ELSE ${fullCanonicalIpv6Sql(expr)} END`;
}

/** SQL: canonicalIpv6Sql for any value: three lambda steps of string functions, the values each step needs computed once. */
function fullCanonicalIpv6Sql(expr: string): string {
  const lowered = `lower(CASE WHEN contains(ip_w, '%') THEN regexp_replace(ip_w, '%.*$', '') ELSE ip_w END)`;
  const dotted = `list_transform([regexp_extract(${lowered}, '${dottedTail}', ['pre', 'a', 'b', 'c', 'd'])], ip_q ->
      CASE WHEN greatest(TRY_CAST(ip_q.a AS INTEGER), TRY_CAST(ip_q.b AS INTEGER), TRY_CAST(ip_q.c AS INTEGER), TRY_CAST(ip_q.d AS INTEGER)) <= 255
      THEN ip_q.pre || printf('%x:%x', ip_q.a::INTEGER * 256 + ip_q.b::INTEGER, ip_q.c::INTEGER * 256 + ip_q.d::INTEGER) END)[1]`;
  return pipeline(expr, [
    // s: lower case, zone dropped, a dotted IPv4 tail as its two hex groups (NULL when that tail is no IPv4 address).
    `ip_w -> {'w': ip_w, 's': CASE WHEN contains(ip_w, '.') THEN ${dotted} ELSE ${lowered} END}`,
    // z: the eight valid groups framed by ':', leading zeros dropped; NULL when s is no IPv6 address.
    `ip_p -> {'w': ip_p.w, 'z': CASE WHEN regexp_full_match(${framedGroups('ip_p.s')}, '(:[0-9a-f]{1,4}){8}:') THEN regexp_replace(${framedGroups('ip_p.s')}, ':0{1,3}([0-9a-f])', ':\\1', 'g') END}`,
    `ip_p -> CASE WHEN ip_p.z IS NULL THEN ip_p.w WHEN starts_with(ip_p.z, ':0:0:0:0:0:ffff:') THEN ${mappedIpv4('ip_p.z')} ELSE ${compressed('ip_p.z')} END`,
  ]);
}

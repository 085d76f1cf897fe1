/** An address range as the intel tables store it: family 4 or 6 and inclusive numeric bounds. */
export interface IpRange {
  family: 4 | 6;
  start: bigint;
  end: bigint;
}

/** Numeric value of a dotted IPv4 address, or null when it is not one. */
function ipv4Number(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => (n << 8n) | BigInt(p), 0n);
}

/** Numeric value of an IPv6 address (`::` compression, an embedded IPv4 tail), or null when it is not one. */
function ipv6Number(text: string): bigint | null {
  let v = text.toLowerCase();
  const tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(v);
  if (tail) {
    const four = ipv4Number(tail[2] ?? '');
    if (four === null) return null;
    v = `${tail[1]}${(four >> 16n).toString(16)}:${(four & 0xffffn).toString(16)}`;
  }
  const halves = v.split('::');
  if (halves.length > 2) return null;
  const split = (s: string | undefined) => (s ? s.split(':') : []);
  const head = split(halves[0]);
  const rest = split(halves[1]);
  const groups = halves.length === 2 ? [...head, ...Array<string>(Math.max(0, 8 - head.length - rest.length)).fill('0'), ...rest] : head;
  if (groups.length !== 8 || (halves.length === 2 && head.length + rest.length > 7)) return null;
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.reduce((n, g) => (n << 16n) | BigInt(`0x${g}`), 0n);
}

/** Parses one IPv4 or IPv6 address into its family and number; IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is IPv4. */
export function parseIp(text: string): { family: 4 | 6; value: bigint } | null {
  const v = text.trim();
  const four = ipv4Number(v);
  if (four !== null) return { family: 4, value: four };
  if (!v.includes(':')) return null;
  const six = ipv6Number(v);
  if (six === null) return null;
  if (six >> 32n === 0xffffn) return { family: 4, value: six & 0xffffffffn };
  return { family: 6, value: six };
}

/**
 * Parses `a.b.c.d/n`, `x::/n` or a bare address (a /32 or /128) into inclusive bounds, so analyst-named egress
 * ranges and the built-in range labels are compared as numbers in SQL. Null when it is not a CIDR.
 */
export function parseCidr(text: string): IpRange | null {
  const m = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const ip = parseIp(m[1] ?? '');
  if (!ip) return null;
  const bits = ip.family === 4 ? 32 : 128;
  const mapped = ip.family === 4 && (m[1] ?? '').includes(':');
  const prefix = m[2] === undefined ? bits : Number(m[2]) - (mapped ? 96 : 0);
  if (prefix < 0 || prefix > bits) return null;
  const host = (1n << BigInt(bits - prefix)) - 1n;
  return { family: ip.family, start: ip.value & ~host & ((1n << BigInt(bits)) - 1n), end: ip.value | host };
}

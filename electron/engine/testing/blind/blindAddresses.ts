import type { Rng } from '../scenarios/Rng';

const hex = (r: Rng) => r.int(0, 0xffff).toString(16);

/** A random address in an IPv4 /24 written as its first three octets. */
export function inSlash24(r: Rng, prefix: string): string {
  return `${prefix}.${r.int(1, 254)}`;
}

/** A random IPv4 address under a /16 written as its first two octets. */
export function inSlash16(r: Rng, prefix: string): string {
  return `${prefix}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

/** A random /64 under a /32 written as its first two groups (`2a01:e0a`). */
export function slash64(r: Rng, prefix32: string): string {
  return `${prefix32}:${hex(r)}:${hex(r)}`;
}

/** A privacy (temporary) address inside a /64: a random interface identifier, as RFC 8981 clients rotate daily. */
export function privacyAddress(r: Rng, prefix64: string): string {
  return `${prefix64}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`;
}

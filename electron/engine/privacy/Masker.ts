import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import { maskStyleForClass } from '../../../shared/mask/maskStyleForClass';
import type { MaskStyle } from '../../../shared/mask/maskValue';
import type { IdentityMatcher } from './IdentityMatcher';
import { freeTextClass, type PersonalKind } from './personalRule';
import { isPseudonym, pseudonym, pseudonymTagParams } from './pseudonym';
import type { TokenBook } from './TokenBook';

const emailRe = /[^\s@*•"'`<>(),;:[\]{}\\/]+@[^\s@*•"'`<>(),;:[\]{}\\/]+\.[A-Za-z]{2,}/g;
const ipv4Re = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const ipv6Re = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}:?(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?(?![\w:])/g;
const ipv4Exact = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/** True for an IPv6 match that is an address, not a time of day (`10:00:00`) or a cast (`x::INT`). */
function isIpv6(m: string): boolean {
  return (m.includes('::') && /[0-9A-Fa-f]::|::[0-9A-Fa-f]/.test(m) && m.replace(/[^:]/g, '').length >= 2) || m.replace(/[^:]/g, '').length >= 5;
}

/** True when `v` is shaped like an IPv4 or IPv6 address. */
export function looksLikeIp(v: string): boolean {
  return ipv4Exact.test(v) || (v.includes(':') && isIpv6(v) && new RegExp(`^${ipv6Re.source}$`).test(v));
}

/** Masks values under one case's key and attack sources, recording every pseudonym it hands out and what it masked. */
export class Masker {
  /** The pseudonyms of the personal values met since `shown` was last reset: what a reveal showed. */
  readonly shown = new Set<string>();

  constructor(
    private readonly key: Buffer,
    private readonly attackSources: Pick<ReadonlySet<string>, 'has'>,
    private readonly book: TokenBook,
  ) {}

  /** Pseudonyms already computed by this masker (one call's worth), by style: a side file repeats the same accounts on many rows, and each HMAC costs more than the rest of masking a row. */
  private readonly memo = new Map<MaskStyle, Map<string, string>>();

  private token(v: string, style: MaskStyle, tag?: string): string {
    if (v === '' || isPseudonym(v)) return v;
    let known = this.memo.get(style);
    if (!known) this.memo.set(style, (known = new Map()));
    let t = known.get(v);
    if (t === undefined) known.set(v, (t = pseudonym(this.key, v, style, tag)));
    this.book.note(t, v);
    this.shown.add(t);
    return t;
  }

  /** True when `ip` is an attack source, shown in clear. */
  isAttackSource(ip: string): boolean {
    return this.attackSources.has(ip);
  }

  /** The bound parameters of pseudonymTagSql under this case's key, so DuckDB can tag many values at once (given back as `tag` below). */
  tagParams(): Record<string, string> {
    return pseudonymTagParams(this.key);
  }

  /** An account, e-mail, name or other identity (`tag`: its pseudonym's tag, when pseudonymTagSql computed it). */
  identity(v: string, tag?: string): string {
    return this.token(v, v.includes('@') ? 'email' : 'initial', tag);
  }

  /** An IP: clear when it is an attack source, else masked to its network part plus tag. */
  ip(v: string, tag?: string): string {
    return this.attackSources.has(v) ? v : this.token(v, looksLikeIp(v) ? 'ip' : 'initial', tag);
  }

  /** A value under a personal key (`tag` as for identity; free text finds its own). */
  byKind(v: string, kind: PersonalKind, tag?: string): string {
    if (kind === 'identity') return this.identity(v, tag);
    if (kind === 'ip' || looksLikeIp(v)) return this.ip(v, tag);
    return this.text(v);
  }

  /** Free text: the given identities, e-mails and non-attack IPs inside it are replaced by their pseudonyms. */
  text(v: string, known: IdentityMatcher | null = null): string {
    let out = known ? known.replaceIn(v, (m) => this.identity(m)) : v;
    // An e-mail needs an @: most texts (hours, units, summaries) have none, and the pattern is costly to try at every position.
    if (out.includes('@')) out = out.replace(emailRe, (m) => this.identity(m));
    out = out.replace(ipv4Re, (m) => (m.split('.').every((p) => Number(p) <= 255) ? this.ip(m) : m));
    return out.replace(ipv6Re, (m) => (isIpv6(m) ? this.ip(m) : m));
  }

  /** One data-view cell, by its column's class: personal classes masked, free text and everything else scanned. */
  cell(v: string | null, col: ColumnInfoDto | undefined, known: IdentityMatcher | null): string | null {
    if (v === null || !col) return v === null ? null : this.text(v, known);
    if (!col.masked || col.dataClass === freeTextClass) return this.text(v, known);
    if (col.dataClass === 'Usernames' || col.dataClass === 'Email addresses') return this.identity(v);
    const style = maskStyleForClass(col.dataClass);
    if (style === 'ip') return this.ip(v);
    return this.token(v, style === 'none' ? 'initial' : style);
  }

  /** The value behind a pseudonym this case handed out, or undefined. */
  resolve(token: string): string | undefined {
    return this.book.valueOf(token);
  }
}

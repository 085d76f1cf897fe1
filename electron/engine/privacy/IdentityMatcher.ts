/** Identities shorter than this are never looked for inside free text: too many ordinary words would match. */
const shortest = 3;

/** Up to this many identities, whether a text names one is asked of the built-in substring search, one identity at a time: faster than the scan for a few. */
const few = 16;

/** The key of the 3 code units starting at `i` (the caller knows `i + 2 < text.length`): exact, as a safe integer. */
const headAt = (text: string, i: number): number => (text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)) * 0x10000 + text.charCodeAt(i + 2);

/** A slot in a filter of `mask + 1` slots for the 3 code units starting at `i`: equal heads always share a slot. */
function slotAt(text: string, i: number, mask: number): number {
  const h = Math.imul(text.charCodeAt(i), 0x9e3779b1) ^ Math.imul(text.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(text.charCodeAt(i + 2), 0xc2b2ae3d);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * Finds the identities a result names inside its free text, so masking a result that names thousands of them costs
 * per text what it costs for one. Same matches as one global regex alternating the literal identities, longest
 * first: leftmost match first, at one position the longest identity, the scan resuming after the match, identities
 * of fewer than 3 characters ignored, case-sensitive, positions counted in UTF-16 code units. Each identity is filed
 * under its first 3 code units with the distinct lengths filed there (longest first); a filter of those heads, sized
 * to the identities, turns most text positions away with one array read, so only where an identity could start does
 * it cost a map lookup and a few set lookups.
 */
export class IdentityMatcher {
  private constructor(
    private readonly ids: ReadonlySet<string>,
    private readonly lengthsByHead: ReadonlyMap<number, readonly number[]>,
    private readonly heads: Uint8Array,
    private readonly list: readonly string[] | null,
  ) {}

  /** The matcher of `identities`, or null when none is long enough to be looked for. */
  static of(identities: Iterable<string>): IdentityMatcher | null {
    const ids = new Set<string>();
    for (const s of identities) if (s.length >= shortest) ids.add(s);
    if (ids.size === 0) return null;
    const lengthsByHead = new Map<number, number[]>();
    for (const s of ids) {
      const head = headAt(s, 0);
      const lengths = lengthsByHead.get(head);
      if (!lengths) lengthsByHead.set(head, [s.length]);
      else if (!lengths.includes(s.length)) lengths.push(s.length);
    }
    for (const lengths of lengthsByHead.values()) lengths.sort((a, b) => b - a);
    let slots = 64;
    while (slots < 8 * lengthsByHead.size && slots < 1 << 22) slots *= 2;
    const heads = new Uint8Array(slots);
    for (const s of ids) heads[slotAt(s, 0, slots - 1)] = 1;
    return new IdentityMatcher(ids, lengthsByHead, heads, ids.size <= few ? [...ids] : null);
  }

  /** The length of the longest identity starting at `i` of `text`, or 0 when none does. */
  private matchAt(text: string, i: number): number {
    if (this.heads[slotAt(text, i, this.heads.length - 1)] === 0) return 0;
    const lengths = this.lengthsByHead.get(headAt(text, i));
    if (lengths === undefined) return 0;
    for (const n of lengths) if (i + n <= text.length && this.ids.has(text.slice(i, i + n))) return n;
    return 0;
  }

  /** `text` with each identity found in it replaced by `by(identity)`, called in the order they are found. */
  replaceIn(text: string, by: (identity: string) => string): string {
    let out = '';
    let done = 0;
    let i = 0;
    while (i + shortest <= text.length) {
      const n = this.matchAt(text, i);
      if (n === 0) i++;
      else {
        out += text.slice(done, i) + by(text.slice(i, i + n));
        i += n;
        done = i;
      }
    }
    return done === 0 ? text : out + text.slice(done);
  }

  /** True when `text` contains one of the identities. */
  occursIn(text: string): boolean {
    if (this.list) return this.list.some((id) => text.includes(id));
    for (let i = 0; i + shortest <= text.length; i++) if (this.matchAt(text, i) > 0) return true;
    return false;
  }
}

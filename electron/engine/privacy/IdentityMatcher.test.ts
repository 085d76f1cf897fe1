import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/seededRandom';
import { IdentityMatcher } from './IdentityMatcher';

/** The regex the matcher replaces: the literal identities of 3 characters or more, longest first, alternated, global. */
function alternation(ids: string[]): RegExp | null {
  const list = [...new Set(ids)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  return new RegExp(list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** Characters the identities and texts are made of: few letters (so identities overlap), regex metacharacters, accents, CJK, an astral character's halves. */
const alphabet = ['a', 'b', 'A', '.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '-', '/', '@', ' ', 'é', 'e\u0301', '語', '😀', '\ud83d', '\ude00', '\n'];

/** A few or dozens of identities derived from one another (prefixes, suffixes, extensions, repeats) around the 3-character boundary, and texts naming them among noise. */
function generated(seed: number): { ids: string[]; texts: string[] } {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (max: number) => Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(alphabet)).join('');
  const ids: string[] = [];
  const count = 1 + Math.floor(r() * (r() < 0.5 ? 12 : 40));
  for (let i = 0; i < count; i++) {
    const base = ids.length > 0 && r() < 0.6 ? pick(ids) : word(6);
    const shape = Math.floor(r() * 6);
    if (shape === 0) ids.push(base.slice(0, 1 + Math.floor(r() * base.length)));
    else if (shape === 1) ids.push(base.slice(Math.floor(r() * base.length)));
    else if (shape === 2) ids.push(base + word(3));
    else if (shape === 3) ids.push(word(2) + base);
    else if (shape === 4) ids.push(base + base);
    else ids.push(base);
  }
  const texts = Array.from({ length: 6 }, () => {
    const parts = Array.from({ length: Math.floor(r() * 8) }, () => (r() < 0.5 && ids.length > 0 ? pick(ids) : word(4)));
    return parts.join(r() < 0.5 ? '' : pick(alphabet));
  });
  texts.push('', ids.join(''), ids.join(' '));
  return { ids, texts };
}

describe('IdentityMatcher', () => {
  it('finds exactly what the alternation of the identities finds, in the same order, over many generated cases', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const { ids, texts } = generated(seed);
      const regex = alternation(ids);
      const matcher = IdentityMatcher.of(ids);
      expect(matcher === null, `seed ${seed}`).toBe(regex === null);
      for (const text of texts) {
        const want: string[] = [];
        const expected = regex ? text.replace(regex, (m) => (want.push(m), `<${want.length}:${m}>`)) : text;
        const got: string[] = [];
        const actual = matcher ? matcher.replaceIn(text, (m) => (got.push(m), `<${got.length}:${m}>`)) : text;
        expect({ seed, text, out: actual, calls: got }).toEqual({ seed, text, out: expected, calls: want });
        expect(matcher?.occursIn(text) ?? false, `seed ${seed}`).toBe(want.length > 0);
      }
    }
  });

  it('takes the longest identity at the leftmost position, resumes after it, and ignores identities under 3 characters', () => {
    const m = IdentityMatcher.of(['ab', 'abc', 'abcd', 'cde', 'bcd', 'x.y']) as IdentityMatcher;
    expect(m.replaceIn('zabcde abcx xxy x.y', (s) => `[${s}]`)).toBe('z[abcd]e [abc]x xxy [x.y]');
    expect(m.occursIn('ab xy ab')).toBe(false);
    expect(IdentityMatcher.of(['ab', 'a', ''])).toBeNull();
  });

  it('is case-sensitive and counts UTF-16 code units', () => {
    const m = IdentityMatcher.of(['Bob', '😀a']) as IdentityMatcher;
    expect(m.replaceIn('bob BOB Bob 😀a', (s) => `[${s}]`)).toBe('bob BOB [Bob] [😀a]');
  });
});

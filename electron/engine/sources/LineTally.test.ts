import { describe, expect, it } from 'vitest';
import { LineTally } from './LineTally';

/** Tallies `text` cut into chunks at the given offsets. */
function tally(text: string, cuts: number[] = []): ReturnType<LineTally['count']> {
  const bytes = Buffer.from(text, 'latin1');
  const t = new LineTally();
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    t.add(bytes.subarray(from, cut));
    from = cut;
  }
  return t.count();
}

describe('LineTally', () => {
  it('counts line feeds, and a last line without one', () => {
    expect(tally('')).toEqual({ lines: 0, loneReturns: 0 });
    expect(tally('a\nb\n')).toEqual({ lines: 2, loneReturns: 0 });
    expect(tally('a\nb')).toEqual({ lines: 2, loneReturns: 0 });
    expect(tally('a\n\nb\n', [1, 2, 3])).toEqual({ lines: 3, loneReturns: 0 });
  });

  it('tells Windows line ends from lone carriage returns, across chunk edges too', () => {
    expect(tally('a\r\nb\r\n')).toEqual({ lines: 2, loneReturns: 0 });
    expect(tally('a\r\nb\r\n', [2])).toEqual({ lines: 2, loneReturns: 0 });
    expect(tally('a\rb\r\n', [2])).toEqual({ lines: 1, loneReturns: 1 });
    expect(tally('a\r\rb\n', [2])).toEqual({ lines: 1, loneReturns: 2 });
    expect(tally('a\n\r')).toEqual({ lines: 2, loneReturns: 1 });
    expect(tally('a\rb\rc', [1, 2, 3, 4])).toEqual({ lines: 1, loneReturns: 2 });
  });
});

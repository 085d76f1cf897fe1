import { describe, expect, it } from 'vitest';
import { seekBlockRows, type KeyRange, type SeekIndex } from './buildSeekIndex';
import { seekSpan } from './seekSpan';

/** A block whose key is `rowid + shift` on every row. */
const linear = (b: number, shift: number): KeyRange => ({ lo: BigInt(b * seekBlockRows + shift), hi: BigInt(b * seekBlockRows + seekBlockRows - 1 + shift), nulls: 0, shift: BigInt(shift) });

/** A block whose key takes [lo, hi] in no rowid order. */
const scattered = (lo: number, hi: number, nulls = 0): KeyRange => ({ lo: BigInt(lo), hi: BigInt(hi), nulls, shift: null });

const indexOf = (rows: number, blocks: KeyRange[][]): SeekIndex => ({ rows, keys: ['_line', 'part'], lastBlock: blocks.length - 1, blocks: new Map(blocks.map((b, i) => [i, b])) });

describe('seek span', () => {
  const index = indexOf(3 * seekBlockRows - 100, [
    [linear(0, 2), scattered(0, 0)],
    [linear(1, 5), scattered(0, 1)],
    [scattered(9000, 12000), scattered(1, 1, 3)],
  ]);

  it('bounds a page by the exact keys of its rows where the key follows the rowid', () => {
    expect(seekSpan(index, 100, 100)).toEqual({ from: 100, to: 200, where: ['"_line" BETWEEN 102 AND 201', '"part" BETWEEN 0 AND 0'] });
    expect(seekSpan(index, 2000, 100)).toEqual({ from: 2000, to: 2100, where: ['"_line" BETWEEN 2002 AND 2104', '"part" BETWEEN 0 AND 1'] });
  });

  it('falls back to the range of the blocks elsewhere, drops a key with NULLs, and stops at the end', () => {
    expect(seekSpan(index, 4090, 100)).toEqual({ from: 4090, to: 4190, where: ['"_line" BETWEEN 4095 AND 12000'] });
    expect(seekSpan(index, 6000, 500)).toEqual({ from: 6000, to: 6044, where: ['"_line" BETWEEN 9000 AND 12000'] });
    expect(seekSpan(index, 6044, 10)).toEqual({ from: 6044, to: 6044, where: [] });
    expect(seekSpan(indexOf(10, [[scattered(1, 9, 1), scattered(1, 1, 1)]]), 0, 5)).toBeNull();
  });
});

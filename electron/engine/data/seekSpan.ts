import { sqlIdent } from '../sql/sqlString';
import { seekBlockRows, type KeyRange, type SeekIndex } from './buildSeekIndex';

/** The rowids a page shows, `from` up to (not including) `to` (none past the end), and key filters that hold for every one of them. */
export interface SeekSpan {
  from: number;
  to: number;
  where: string[];
}

/** The range key `i` takes over rowids `from`..`to` - 1, or null when a block has NULLs there or is unknown. */
function keyRange(index: SeekIndex, i: number, from: number, to: number): { lo: bigint; hi: bigint } | null {
  let lo: bigint | null = null;
  let hi: bigint | null = null;
  for (let b = Math.floor(from / seekBlockRows); b <= Math.floor((to - 1) / seekBlockRows); b++) {
    const range: KeyRange | undefined = index.blocks.get(b)?.[i];
    if (!range || range.nulls > 0 || range.lo === null || range.hi === null) return null;
    const exact = range.shift !== null;
    const bLo = exact ? BigInt(Math.max(from, b * seekBlockRows)) + (range.shift as bigint) : range.lo;
    const bHi = exact ? BigInt(Math.min(to - 1, b * seekBlockRows + seekBlockRows - 1)) + (range.shift as bigint) : range.hi;
    if (lo === null || bLo < lo) lo = bLo;
    if (hi === null || bHi > hi) hi = bHi;
  }
  return lo === null || hi === null ? null : { lo, hi };
}

/**
 * Bounds a page of `limit` rows from rowid `offset` of the indexed snapshot: the rowids it shows, and for each key
 * column without NULLs there, the range those rows take (their exact keys where the key follows the rowid, else the
 * range of their blocks); an empty span past the end. Null when no key narrows the page. Only integer literals built here enter the SQL.
 */
export function seekSpan(index: SeekIndex, offset: number, limit: number): SeekSpan | null {
  const to = Math.min(offset + limit, index.rows);
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(to)) return null;
  if (offset >= to) return { from: offset, to: offset, where: [] };
  const where: string[] = [];
  index.keys.forEach((key, i) => {
    const range = keyRange(index, i, offset, to);
    if (range) where.push(`${sqlIdent(key)} BETWEEN ${range.lo.toString()} AND ${range.hi.toString()}`);
  });
  return where.length === 0 ? null : { from: offset, to, where };
}

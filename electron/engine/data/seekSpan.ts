import { sqlIdent } from '../db/sqlString';
import { seekBlockRows, type SeekIndex } from './buildSeekIndex';

/** The rowid span a page reads and the key filters that confine it, or null when the index cannot narrow it. */
export interface SeekSpan {
  endRowid: number;
  reachesEnd: boolean;
  where: string[];
}

/**
 * Bounds a page of `limit` rows from rowid `offset`: the blocks it touches, and for each key column without NULLs
 * there, the range it spans. Only integer literals built here enter the SQL.
 */
export function seekSpan(index: SeekIndex, offset: number, limit: number): SeekSpan | null {
  const first = Math.floor(offset / seekBlockRows);
  if (first > index.lastBlock) return null;
  const last = Math.min(index.lastBlock, Math.floor((offset + limit - 1) / seekBlockRows));
  const where: string[] = [];
  index.keys.forEach((key, i) => {
    let lo: bigint | null = null;
    let hi: bigint | null = null;
    for (let b = first; b <= last; b++) {
      const range = index.blocks.get(b)?.[i];
      if (!range) continue;
      if (range.nulls > 0 || range.lo === null || range.hi === null) return;
      if (lo === null || range.lo < lo) lo = range.lo;
      if (hi === null || range.hi > hi) hi = range.hi;
    }
    if (lo !== null && hi !== null) where.push(`${sqlIdent(key)} BETWEEN ${lo.toString()} AND ${hi.toString()}`);
  });
  if (where.length === 0) return null;
  return { endRowid: (last + 1) * seekBlockRows, reachesEnd: last === index.lastBlock, where };
}

import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { seekBlockRows, type KeyRange, type SeekIndex } from './buildSeekIndex';
import { PageCache } from './PageCache';
import { seekSpan } from './seekSpan';
import { tablePage, type PageRequest } from './tablePage';

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

const page = (table: string, offset: number, limit: number): PageRequest => ({ table, offset, limit, filters: [], reveal: true });

describe('seek pages on real tables', () => {
  it('equals ORDER BY rowid LIMIT/OFFSET wherever the key follows the rowid, runs backwards, jumps, is NULL or is missing', async () => {
    await withTempCase(async (engine) => {
      const db = requireCase(engine.ctx);
      const rows = 9000;
      await db.withConnection(async (c) => {
        const text = `'nom' || i AS nom, CASE WHEN i % 11 = 0 THEN NULL ELSE 'e' || i || '@x.org' END AS email`;
        const line = `CASE WHEN i BETWEEN 3000 AND 3500 THEN 7000 - i WHEN i >= 5000 THEN i + 10 ELSE i + 2 END`;
        await c.run(`CREATE TABLE leak_901 AS SELECT (${line})::BIGINT AS _line, (i // 3000)::INTEGER AS part, ${text} FROM range(${rows}) r(i) ORDER BY i`);
        await c.run(`CREATE TABLE leak_902 AS SELECT CASE WHEN i BETWEEN 4200 AND 4210 THEN NULL ELSE i + 2 END::BIGINT AS _line, ${text} FROM range(${rows}) r(i) ORDER BY i`);
        await c.run(`CREATE TABLE leak_903 AS SELECT ${text} FROM range(${rows}) r(i) ORDER BY i`);
      });
      const cache = new PageCache((fn) => db.withConnection(fn), { minRows: 0, maxTotals: 4 });
      const offsets = [0, 1, 2000, 2047, 2048, 2990, 3400, 4095, 4150, 4990, 5000, 6100, 8191, 8900, 8950, 8999, 9000, 9500];
      for (const table of ['leak_901', 'leak_902', 'leak_903']) {
        await db.withConnection((c) => tablePage(c, page(table, 0, 1), cache));
        await cache.settled();
        const hits = cache.hits.seek;
        for (const offset of offsets) {
          for (const limit of [1, 100, 500]) {
            const got = await db.withConnection((c) => tablePage(c, page(table, offset, limit), cache));
            const select = got.columns.map((col) => `CAST("${col.name}" AS VARCHAR)`).join(', ');
            const plain = await db.withConnection(async (c) => (await c.runAndReadAll(`SELECT ${select} FROM ${table} ORDER BY rowid LIMIT ${limit} OFFSET ${offset}`)).getRowsJson());
            expect(got.rows, `${table} at ${offset} +${limit}`).toEqual(plain);
            expect(got.rows).toHaveLength(Math.max(0, Math.min(limit, rows - offset)));
            expect(got.total).toBe(rows);
          }
        }
        const seeks = cache.hits.seek - hits;
        if (table === 'leak_901') expect(seeks).toBe(offsets.length * 3);
        const touchesNulls = offsets.flatMap((o) => [1, 100, 500].filter((l) => o < rows && o + l > 2 * seekBlockRows && o < 3 * seekBlockRows)).length;
        if (table === 'leak_902') expect(seeks).toBe(offsets.length * 3 - touchesNulls);
        if (table === 'leak_903') expect(seeks).toBe(0);
      }
    });
  });
});

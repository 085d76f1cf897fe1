import { describe, expect, it } from 'vitest';
import type { TablePageDto } from '../../../shared/api/dataApi';
import { requireCase } from '../case/requireCase';
import { fastEqualsPlain } from '../testing/fastEqualsPlain';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { seekBlockRows } from './buildSeekIndex';
import { PageCache } from './PageCache';
import { pageSeek } from './pageSeek';
import type { PageRequest } from './pageShape';
import { plainTablePage, tablePage } from './tablePage';

const page = (table: string, offset: number, limit: number, extra: Partial<PageRequest> = {}): PageRequest => ({ table, offset, limit, filters: [], reveal: false, ...extra });
const rows = 9000;
const offsets = [0, 1, 2000, 2047, 2048, 2990, 3400, 4095, 4150, 4990, 5000, 6100, 8191, 8900, 8950, 8999, 9000, 9500];
const requests = (table: string): PageRequest[] => [
  ...offsets.flatMap((o) => [1, 100, 500].map((l) => page(table, o, l))),
  page(table, 0, 10, { sort: { column: 'email', desc: false } }),
  page(table, 0, 10, { filters: [{ column: 'email', op: 'isnull', value: '' }] }),
];

/** A transfer CSV of `n` rows, one a second: loaded through the ingest, so its keys are what a real load gives. */
function transferCsv(n: number): string {
  const lines = ['timestamp,user_id,bytes_transferred'];
  for (let i = 0; i < n; i++) lines.push(`${new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()},user${i % 37},${i % 13 === 0 ? '' : (i * 7919) % 100_000}`);
  return lines.join('\n');
}

describe('data view seek', () => {
  it('equals the plain rowid page wherever the key follows the rowid, runs backwards, jumps, is NULL or is missing, and declines the rest', async () => {
    await withTempCase(async (engine, { work }) => {
      const db = requireCase(engine.ctx);
      await engine.service.addSource({ path: writeInput(work, 'a.csv', transferCsv(7000)), kind: 'transfer' });
      await db.withConnection(async (c) => {
        const text = `'nom' || i AS nom, CASE WHEN i % 11 = 0 THEN NULL ELSE 'e' || i || '@x.org' END AS email`;
        const line = `CASE WHEN i BETWEEN 3000 AND 3500 THEN 7000 - i WHEN i >= 5000 THEN i + 10 ELSE i + 2 END`;
        await c.run(`CREATE TABLE leak_901 AS SELECT (${line})::BIGINT AS _line, (i // 3000)::INTEGER AS part, ${text} FROM range(${rows}) r(i) ORDER BY i`);
        await c.run(`CREATE TABLE leak_902 AS SELECT CASE WHEN i BETWEEN 4200 AND 4210 THEN NULL ELSE i + 2 END::BIGINT AS _line, ${text} FROM range(${rows}) r(i) ORDER BY i`);
        await c.run(`CREATE TABLE leak_903 AS SELECT ${text} FROM range(${rows}) r(i) ORDER BY i`);
      });
      const cache = new PageCache((fn) => db.withConnection(fn), { minRows: 0, maxTotals: 4 });
      const seek = pageSeek(cache);
      const answered: Record<string, number> = {};
      for (const table of ['leak_901', 'leak_902', 'leak_903', 'transfer']) {
        await db.withConnection(async (c) => {
          expect(await seek.answer(c, page(table, 0, 1))).toBe('no');
          await cache.settled();
          const got = await fastEqualsPlain<PageRequest, TablePageDto>(c, seek, plainTablePage, table === 'transfer' ? requests(table).slice(0, -2) : requests(table));
          answered[table] = got.answered;
          expect(got.declined.filter((r) => r.sort || r.filters.length).length).toBe(table === 'transfer' ? 0 : 2);
        });
      }
      const touchesNulls = offsets.flatMap((o) => [1, 100, 500].filter((l) => o < rows && o + l > 2 * seekBlockRows && o < 3 * seekBlockRows)).length;
      expect(answered).toEqual({ leak_901: offsets.length * 3, leak_902: offsets.length * 3 - touchesNulls, leak_903: 0, transfer: offsets.length * 3 });
    });
  });

  it('surfaces a failed background build to the next page, and a forgotten table is read afresh', async () => {
    await withTempCase(async (engine) => {
      const db = requireCase(engine.ctx);
      await db.withConnection(async (c) => {
        await c.run(`CREATE TABLE leak_904 AS SELECT (i + 2)::BIGINT AS _line, 'n' || i AS nom FROM range(5000) r(i)`);
      });
      const broken = new PageCache(() => Promise.reject(new Error('disk gone')), { minRows: 0, maxTotals: 4 });
      const req = page('leak_904', 100, 10);
      expect((await db.withConnection((c) => tablePage(c, req, broken))).rows).toHaveLength(10);
      await broken.settled();
      await expect(db.withConnection((c) => tablePage(c, req, broken))).rejects.toThrow('disk gone');

      const cache = new PageCache((fn) => db.withConnection(fn), { minRows: 0, maxTotals: 4 });
      await db.withConnection((c) => tablePage(c, req, cache));
      await cache.settled();
      await db.withConnection((c) => tablePage(c, req, cache));
      const hits = cache.hits.seek;
      await db.withConnection((c) => c.run('DROP TABLE leak_904'));
      cache.forget('leak_904');
      await expect(db.withConnection((c) => tablePage(c, req, cache))).rejects.toThrow(/No table "leak_904"/);
      expect(cache.hits.seek).toBe(hits);
    });
  });
});

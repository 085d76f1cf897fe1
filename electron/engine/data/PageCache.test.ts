import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { caseTables, requireTable } from './caseTables';
import { PageCache } from './PageCache';
import type { PageRequest } from './pageShape';
import { tablePage } from './tablePage';

/** A transfer CSV of `rows` rows starting at second `from`: bytes empty on every 13th row, few users (many ties). */
function transferCsv(from: number, rows: number): string {
  const lines = ['timestamp,user_id,bytes_transferred'];
  for (let i = from; i < from + rows; i++) {
    lines.push(`${new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()},user${i % 37},${i % 13 === 0 ? '' : (i * 7919) % 100_000}`);
  }
  return lines.join('\n');
}

/** A small leak with a NULL-able email column, so sorting puts empties last and ties break by rowid. */
function leakCsv(rows: number): string {
  const lines = ['nom;email;ville'];
  for (let i = 0; i < rows; i++) lines.push(`Nom${i % 101};${i % 17 === 0 ? '' : `p${(i * 31) % 997}@example.org`};Ville${i % 7}`);
  return lines.join('\n');
}

const page = (table: string, offset: number, limit: number, extra: Partial<PageRequest> = {}): PageRequest => ({ table, offset, limit, filters: [], reveal: false, ...extra });

/** Pages `req` through `cache` and through the plain SQL, on one connection each, and returns both. */
async function both(engine: Engine, cache: PageCache, req: PageRequest) {
  const db = requireCase(engine.ctx);
  const cached = await db.withConnection((c) => tablePage(c, req, cache));
  const plain = await db.withConnection((c) => tablePage(c, req));
  return { cached, plain };
}

function cacheOf(engine: Engine): PageCache {
  const db = requireCase(engine.ctx);
  return new PageCache((fn) => db.withConnection(fn), { minRows: 0, maxTotals: 4 });
}

describe('data view page cache', () => {
  it('answers sorted and filtered pages exactly as the plain SQL, remembering the total of each filtered view', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'a.csv', transferCsv(0, 5000)), kind: 'transfer' });
      const leak = await engine.service.addSource({ path: writeInput(work, 'leak.csv', leakCsv(3000)), kind: 'leak' });
      const cache = cacheOf(engine);
      const views: PageRequest[] = [
        page('transfer', 0, 50, { sort: { column: 'user', desc: false } }),
        page('transfer', 2480, 50, { sort: { column: 'bytes', desc: true } }),
        page('transfer', 4990, 50, { sort: { column: 'bytes', desc: false } }),
        page('transfer', 10, 30, { filters: [{ column: 'user', op: 'eq', value: 'user5' }] }),
        page('transfer', 0, 100, { filters: [{ column: 'bytes', op: 'isnull', value: '' }], sort: { column: 'ts', desc: true } }),
        page('transfer', 0, 20, { filters: [{ column: 'user', op: 'contains', value: 'nobody' }] }),
        page(`leak_${leak.id}`, 0, 40, { sort: { column: 'email', desc: false } }),
        page(`leak_${leak.id}`, 2950, 100, { sort: { column: 'email', desc: false } }),
        page(`leak_${leak.id}`, 100, 40, { sort: { column: 'email', desc: true }, filters: [{ column: 'ville', op: 'eq', value: 'Ville3' }] }),
      ];
      for (const req of views) {
        const first = await both(engine, cache, req);
        const again = await both(engine, cache, { ...req, offset: req.offset + 7 });
        for (const { cached, plain } of [first, again]) {
          expect(cached.rows).toEqual(plain.rows);
          expect(cached.total).toBe(plain.total);
          expect(cached.sql).toBe(plain.sql);
        }
      }
      expect(cache.hits.total).toBe(views.filter((v) => v.filters.length > 0).length);
      expect((await both(engine, cache, views[3] as PageRequest)).cached.total).toBe(Array.from({ length: 5000 }, (_, i) => i).filter((i) => i % 37 === 5).length);
    });
  });

  it('is invalidated by a new ingest: pages after it count and show the appended rows', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'a.csv', transferCsv(0, 4000)), kind: 'transfer' });
      const cache = cacheOf(engine);
      const sorted = page('transfer', 3990, 20, { sort: { column: 'ts', desc: false } });
      await both(engine, cache, page('transfer', 3990, 20));
      await cache.settled();
      expect((await both(engine, cache, page('transfer', 3990, 20))).cached.rows).toHaveLength(10);
      expect((await both(engine, cache, sorted)).cached.total).toBe(4000);
      const filtered = page('transfer', 0, 50, { filters: [{ column: 'user', op: 'eq', value: 'user7' }] });
      expect((await both(engine, cache, filtered)).cached.total).toBe(Array.from({ length: 4000 }, (_, i) => i).filter((i) => i % 37 === 7).length);

      await engine.service.addSource({ path: writeInput(work, 'b.csv', transferCsv(4000, 3000)), kind: 'transfer' });
      for (const req of [page('transfer', 3990, 20), sorted, page('transfer', 6990, 20)]) {
        const { cached, plain } = await both(engine, cache, req);
        expect(cached.total).toBe(7000);
        expect(cached.rows).toEqual(plain.rows);
        expect(cached.rows).toHaveLength(req.offset === 6990 ? 10 : 20);
      }
      const after = await both(engine, cache, filtered);
      expect(after.cached.total).toBe(Array.from({ length: 7000 }, (_, i) => i).filter((i) => i % 37 === 7).length);
      expect(after.cached.rows).toEqual(after.plain.rows);
      await cache.settled();
      const table = await requireCase(engine.ctx).withConnection((c) => requireTable(c, 'transfer'));
      expect(cache.seekIndex(table, 7000)?.rows).toBe(7000);
    });
  });

  it('keeps a bounded number of filtered totals and counts a forgotten one again', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'a.csv', transferCsv(0, 3000)), kind: 'transfer' });
      const cache = cacheOf(engine);
      const byUser = (n: number) => page('transfer', 0, 5, { filters: [{ column: 'user', op: 'eq', value: `user${n}` }] });
      for (const n of [1, 2, 3, 4, 5, 1]) {
        const { cached, plain } = await both(engine, cache, byUser(n));
        expect(cached.total).toBe(plain.total);
        expect(cached.rows).toEqual(plain.rows);
      }
      expect(cache.hits.total).toBe(0);
      await both(engine, cache, byUser(5));
      expect(cache.hits.total).toBe(1);
    });
  });

  it('re-reads a table when its coverage classes change, so masking follows the new classes', async () => {
    await withTempCase(async (engine, { work }) => {
      const leak = await engine.service.addSource({ path: writeInput(work, 'leak.csv', leakCsv(6000)), kind: 'leak' });
      const cache = cacheOf(engine);
      const req = page(`leak_${leak.id}`, 2100, 10);
      await both(engine, cache, req);
      await cache.settled();
      const before = await both(engine, cache, req);
      expect(before.cached.rows).toEqual(before.plain.rows);
      const email = before.cached.columns.findIndex((c) => c.name === 'email');
      expect(before.cached.columns[email]).toMatchObject({ dataClass: 'Email addresses', masked: true });
      const hits = cache.hits.seek;

      await requireCase(engine.ctx).withConnection((c) => c.run(`UPDATE coverage_field SET data_class = 'Genders' WHERE source_id = $1 AND column_name = 'email'`, [leak.id]));
      const after = await both(engine, cache, req);
      expect(after.cached.columns[email]).toMatchObject({ dataClass: 'Genders' });
      expect(after.cached.columns).toEqual(after.plain.columns);
      expect(after.cached.rows).toEqual(after.plain.rows);
      expect(before.cached.columns[email]?.masked).toBe(true);
      expect(after.cached.columns[email]?.masked).toBe(false);
      expect(cache.hits.seek).toBe(hits + 1);
    });
  });

  it('finds one table as the full catalog listing describes it, masking included', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'a.csv', transferCsv(0, 100)), kind: 'transfer' });
      await engine.service.addSource({ path: writeInput(work, 'leak.csv', leakCsv(200)), kind: 'leak' });
      const db = requireCase(engine.ctx);
      const all = await db.withConnection((c) => caseTables(c));
      expect(all.length).toBeGreaterThan(5);
      for (const t of all) expect(await db.withConnection((c) => requireTable(c, t.name))).toEqual(t);
      expect(all.find((t) => t.name.startsWith('leak_'))?.columns.find((c) => c.name === 'email')).toMatchObject({ dataClass: 'Email addresses', masked: true });
      await expect(db.withConnection((c) => requireTable(c, 'nope'))).rejects.toThrow(/No table "nope"/);
    });
  });
});

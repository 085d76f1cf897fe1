import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { queryRows } from '../sql/queryRows';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

const csv = ['timestamp,user_id,bytes_transferred', ...Array.from({ length: 250 }, (_, i) => `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z,user${i % 7}@corp.example,${i}`)].join('\n');

describe('data view', () => {
  it('pages a table in SQL, masks personal columns by default and audits a reveal', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 't.csv', csv), kind: 'transfer' });
      const tables = await engine.service.listTables({});
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['sources', 'transfer', 'audit']));
      const page = await engine.api.tablePage({ table: 'transfer', offset: 200, limit: 20 });
      expect(page.total).toBe(250);
      expect(page.rows).toHaveLength(20);
      const user = page.columns.findIndex((c) => c.name === 'user');
      const bytes = page.columns.findIndex((c) => c.name === 'bytes');
      expect(page.rows.map((r) => r[bytes])).toEqual(Array.from({ length: 20 }, (_, i) => String(200 + i)));
      expect(page.rows[0]?.[user]).toMatch(/^u\*\*\*@c\*\*\*\.example#[0-9a-f]{6}$/);
      expect(page.revealed).toBe(false);

      const auditBefore = (await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'reveal_pii'`))[0]?.n;
      const revealed = await engine.api.tablePage({ table: 'transfer', offset: 200, limit: 1, reveal: true });
      expect(revealed.rows[0]?.[user]).toBe('user4@corp.example');
      const auditAfter = (await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'reveal_pii'`))[0]?.n;
      expect(auditAfter).toBe((auditBefore ?? 0) + 1);
    });
  });

  it('filters, sorts and facets in SQL, and refuses unknown tables and columns', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 't.csv', csv), kind: 'transfer' });
      const filtered = await engine.service.tablePage({
        table: 'transfer',
        filters: [{ column: 'user', op: 'eq', value: 'user3@corp.example' }],
        sort: { column: 'bytes', desc: true },
        limit: 5,
      });
      const expectedCount = Array.from({ length: 250 }, (_, i) => i).filter((i) => i % 7 === 3).length;
      expect(filtered.total).toBe(expectedCount);
      const bytes = filtered.columns.findIndex((c) => c.name === 'bytes');
      expect(filtered.rows.map((r) => Number(r[bytes]))).toEqual([248, 241, 234, 227, 220]);

      const facet = await engine.api.columnFacet({ table: 'transfer', column: 'user', limit: 3 });
      expect(facet.values.map((v) => v.count)).toEqual([36, 36, 36]);
      expect(facet.values[0]?.value).toMatch(/^u\*\*\*@c\*\*\*\.example#[0-9a-f]{6}$/);

      await expect(engine.service.tablePage({ table: 'pg_shadow; DROP TABLE sources' })).rejects.toThrow(/No table/);
      await expect(engine.service.tablePage({ table: 'transfer', sort: { column: 'bytes; --', desc: false } })).rejects.toThrow(/No column/);
    });
  });

  it('answers sorted and filtered pages as the straightforward ORDER BY … LIMIT/OFFSET over every column', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = ['timestamp,user_id,bytes_transferred', ...Array.from({ length: 900 }, (_, i) => `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z,user${i % 11},${i % 9 === 0 ? '' : (i * 37) % 50}`)];
      await engine.service.addSource({ path: writeInput(work, 'u.csv', rows.join('\n')), kind: 'transfer' });
      const cases = [
        { sort: { column: 'bytes', desc: false }, filters: [], offset: 0 },
        { sort: { column: 'bytes', desc: true }, filters: [], offset: 850 },
        { sort: { column: 'user', desc: false }, filters: [{ column: 'user', op: 'contains' as const, value: 'USER1' }], offset: 40 },
        { sort: undefined, filters: [{ column: 'bytes', op: 'isnull' as const, value: '' }], offset: 30 },
      ];
      for (const k of cases) {
        const page = await engine.service.tablePage({ table: 'transfer', offset: k.offset, limit: 60, reveal: true, filters: k.filters, ...(k.sort ? { sort: k.sort } : {}) });
        const where = k.filters.map((f) => (f.op === 'isnull' ? `${f.column} IS NULL` : `contains(lower(CAST("${f.column}" AS VARCHAR)), lower('${f.value}'))`)).join(' AND ');
        const order = k.sort ? `t."${k.sort.column}" ${k.sort.desc ? 'DESC' : 'ASC'} NULLS LAST, t.rowid` : 't.rowid';
        const select = page.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`).join(', ');
        const expected = await requireCase(engine.ctx).withConnection(async (c) =>
          (await c.runAndReadAll(`SELECT ${select} FROM transfer AS t ${where ? `WHERE ${where}` : ''} ORDER BY ${order} LIMIT 60 OFFSET ${k.offset}`)).getRowsJson(),
        );
        const total = await requireCase(engine.ctx).withConnection((c) => queryRows<{ n: number }>(c, `SELECT count(*)::INTEGER AS n FROM transfer ${where ? `WHERE ${where}` : ''}`));
        expect(page.rows).toEqual(expected);
        expect(page.rows.length).toBeGreaterThan(0);
        expect(page.total).toBe(total[0]?.n);
      }
    });
  });
});

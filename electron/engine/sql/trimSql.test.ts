import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from './queryRows';
import { trimSql } from './trimSql';

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
});
afterAll(() => db.closeSync());

it('equals trim on ASCII, spaces, tabs, Unicode spaces and letters at either end, empty text and NULL', async () => {
  const c = await db.connect();
  const parts = ['', 'a', ' ', '  ', '\t', 'é', '中', 'x y', '-', 'null'];
  const spaces = [0xa0, 0x1680, 0x2000, 0x2003, 0x200a, 0x202f, 0x205f, 0x3000].map((n) => String.fromCodePoint(n));
  const values = [...parts, ...spaces].flatMap((l) => [...parts, ...spaces].map((r) => `${l}ab${r}`));
  values.push(...parts, ...spaces);
  await c.run(`CREATE TABLE v (s VARCHAR)`);
  for (const s of values) await c.run(`INSERT INTO v VALUES ($s)`, { s });
  await c.run(`INSERT INTO v VALUES (NULL)`);
  const rows = await queryRows<{ s: string | null; fast: string | null; plain: string | null }>(c, `SELECT s, ${trimSql('s')} AS fast, trim(s) AS plain FROM v`);
  expect(rows.length).toBe(values.length + 1);
  expect(rows.filter((r) => r.fast !== r.plain)).toEqual([]);
  expect(rows.filter((r) => r.plain !== r.s).length).toBeGreaterThan(100);
  c.closeSync();
});

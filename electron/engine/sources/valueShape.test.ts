import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../sql/queryRows';
import { valueShape, valueShapeSql } from './valueShape';

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
});
afterAll(() => db.closeSync());

it('says "an" before a length read with a vowel sound and "a" before the others, in JS and in SQL alike', async () => {
  const c = await db.connect();
  const lengths = [1, 2, 7, 8, 10, 11, 12, 18, 19, 21, 80, 88, 100, 111, 180, 800, 1100, 11000, 18000, 21000];
  const values = lengths.map((n) => '7'.repeat(n));
  expect(values.map(valueShape).map((s) => s.split('-')[0])).toEqual(
    ['a 1', 'a 2', 'a 7', 'an 8', 'a 10', 'an 11', 'a 12', 'an 18', 'a 19', 'a 21', 'an 80', 'an 88', 'a 100', 'a 111', 'a 180', 'an 800', 'a 1100', 'an 11000', 'an 18000', 'a 21000'],
  );
  await c.run(`CREATE TABLE v (i INTEGER, s VARCHAR)`);
  for (const [i, s] of values.entries()) await c.run(`INSERT INTO v VALUES ($i, $s)`, { i, s });
  await c.run(`INSERT INTO v VALUES (-1, 'ab 9!'), (-2, '  ')`);
  const rows = await queryRows<{ s: string; shape: string }>(c, `SELECT s, ${valueShapeSql('s')} AS shape FROM v ORDER BY i`);
  expect(rows.map((r) => r.shape)).toEqual(rows.map((r) => valueShape(r.s)));
  expect(valueShape('ab 9!')).toBe('a 5-character value of letters, digits, spaces and symbols');
  c.closeSync();
});

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { queryRows } from './queryRows';
import { sqlJoin, sqlParam, sqlParams } from './SqlPart';

describe('SQL pieces with named parameters', () => {
  it('join into one statement DuckDB binds by name, a name shared by equal values bound once', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      const where = sqlJoin([sqlParam('lo', 2), { sql: 'i < $hi', params: { hi: 5 } }, { sql: 'i <> $lo + 1', params: { lo: 2 } }], ' AND ', 'true');
      expect(where.params).toEqual({ lo: 2, hi: 5 });
      const rows = await queryRows<{ i: number }>(c, `SELECT i::INTEGER AS i FROM range(10) r(i) WHERE i >= ${where.sql} ORDER BY i`, where.params);
      expect(rows.map((r) => r.i)).toEqual([2, 4]);
      expect(sqlJoin([], ' AND ', 'true')).toEqual({ sql: 'true', params: {} });
    } finally {
      c.closeSync();
    }
  });

  it('refuses one name bound to two values and names DuckDB would not read', () => {
    expect(() => sqlParams({ params: { from: '2024-01-01' } }, { params: { from: '2024-01-02' } })).toThrow(/\$from bound to two different values/);
    expect(() => sqlParam('1x', 1)).toThrow(/Not a SQL parameter name/);
    expect(() => sqlParam('a-b', 1)).toThrow(/Not a SQL parameter name/);
  });
});

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { jsNumberSql } from './jsNumberSql';

/** A deterministic spread of doubles over every magnitude, with the edges where the two spellings part. */
function samples(): number[] {
  const edges = [0, -0, 1, -1, 5, 0.5, 100, 1e15, 1e16, 2 ** 53, 2 ** 53 + 2, 1e20, 123456789012345680000, 1e21, 1.23e21, 1e-5, 1.5e-6, 1e-6, 1e-7, 1.5e-7, 0.1 + 0.2, 1e-4, 0.00009999, 0.0001234, 1e15 - 1, 999999999999999.9, 1e15 + 2, -1e15, 5e-324, 1.7976931348623157e308, -2.5e-300];
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const spread: number[] = [];
  for (let e = -325; e <= 308; e++) for (let k = 0; k < 6; k++) spread.push((next() - 0.5) * 10 ** e, Math.round(next() * 10 ** (((e % 25) + 25) % 25)));
  return [...edges, ...spread].filter((v) => Number.isFinite(v));
}

describe('jsNumberSql', () => {
  it('spells every double as String() does, and NaN and the infinities as the JSON conversion and csvCell do', async () => {
    const values = samples();
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run(`CREATE TABLE v (i INTEGER, x DOUBLE)`);
      const a = await c.createAppender('v');
      for (const [i, x] of values.entries()) {
        a.appendInteger(i);
        a.appendDouble(x);
        a.endRow();
      }
      a.flushSync();
      a.closeSync();
      await c.run(`INSERT INTO v VALUES (-1, 'nan'::DOUBLE), (-2, 'inf'::DOUBLE), (-3, '-inf'::DOUBLE), (-4, NULL)`);
      const got = (await c.runAndReadAll(`SELECT i, ${jsNumberSql('x')} FROM v ORDER BY i`)).getRowsJson() as Array<[number, string | null]>;
      const want = [...[[-4, null], [-3, "'-Infinity"], [-2, 'Infinity'], [-1, 'NaN']], ...values.map((x, i) => [i, String(x)])];
      expect(got).toEqual(want);
      expect(got.length).toBeGreaterThan(7000);
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});

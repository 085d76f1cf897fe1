import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { pseudonymTag, pseudonymTagParams, pseudonymTagSql } from './pseudonym';

/** Values whose bytes differ from their characters, or that a hash of a text could mistreat: multi-byte, NUL, long, empty. */
const values = ['alice@corp.example', 'u000123', '😀a', 'é', 'Ω≈ç√', 'a\u0000b', 'tab\there', '', 'x'.repeat(300), "o'neil"];

describe('pseudonym tags computed by DuckDB', () => {
  for (const [name, key] of [
    ['a case key', Buffer.alloc(32, 9)],
    ['a key longer than a SHA-256 block', Buffer.alloc(100, 7)],
  ] as const) {
    it(`equal the HMAC computed in JS, with ${name}`, async () => {
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      try {
        const found = await c.runAndReadAll(`SELECT v, ${pseudonymTagSql('v')} FROM unnest(from_json($values, '["VARCHAR"]')) t(v)`, {
          values: JSON.stringify(values),
          ...pseudonymTagParams(key),
        });
        expect(found.getRowsJson()).toEqual(values.map((v) => [v, pseudonymTag(key, v)]));
      } finally {
        c.closeSync();
        db.closeSync();
      }
    });
  }
});

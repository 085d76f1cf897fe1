import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDb } from '../db/CaseDb';
import { Masker } from '../privacy/Masker';
import { TokenBook } from '../privacy/TokenBook';
import { csvLine } from '../report/tables/csvCell';
import { maskedCsvLines } from './maskedCsvLines';
import { writeCsvInSql } from './writeCsvInSql';

const key = Buffer.alloc(32, 9);
const attacker = '203.0.113.9';
const masker = () => new Masker(key, new Set([attacker]), new TokenBook());

/** Rows with personal values in every place the rule looks, text a spreadsheet or CSV reader would trip on, and numbers of every spelling. */
const odd: unknown[][] = [
  ['alice@corp.example', '198.51.100.7', '2024-05-06T10:00:00Z', 'bytes', 5_000_000, 4.2, 3, null],
  ['alice@corp.example', attacker, '2024-05-06T11:00:00Z', 'bytes', 7, null, null, '10.0.0.0/8'],
  [null, null, '2024-05-06T11:00:00Z', 'events', 3, 3.5, -2, null],
  ['unit', 'fe80::1:2:3:4', '2024-05-06T12:00:00Z', 'units moved by unit', 1, 3.1, 0, null],
  ['bob', null, '=cmd', 'a "quoted", value\r\nover two lines', -2, 1e21, 1, '=1+1'],
  ['ab', 'not an ip', 'mailed carol@corp.example from 192.0.2.1', 'ab', 1e-7, -0, 7, null],
  ['😀a', null, 'x 😀a y', '', 1.5e16, Number.NaN, 8, ''],
  ['b***@c***.example#a1b2c3', null, '-1', '@home', Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 9, null],
];

/** SQL for a literal value of the test table. */
function literal(v: unknown): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return Number.isNaN(v) ? `'nan'::DOUBLE` : Number.isFinite(v) ? `${v.toExponential(17)}::DOUBLE` : `'${v > 0 ? 'inf' : '-inf'}'::DOUBLE`;
  return `'${String(v).replaceAll("'", "''")}'`;
}

const query = `SELECT "user", ip, hour, unit, bytes, z, n, cidr FROM side ORDER BY k`;

describe('writeCsvInSql', () => {
  let work: string;
  let db: CaseDb;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-side-'));
    db = await CaseDb.open(path.join(work, 'case'));
    const many = Array.from({ length: 6000 }, (_, i) => [`user${i % 997}@corp.example`, `10.1.${i % 256}.${i % 7}`, `2024-05-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`, 'bytes', i * 1_000_003, i / 7, i, null]);
    const values = [...odd, ...many].map((r, k) => `(${k}, ${r.map(literal).join(', ')})`);
    await db.withConnection((c) =>
      c.run(`CREATE TABLE side AS SELECT k::INTEGER AS k, "user"::VARCHAR AS "user", ip::VARCHAR AS ip, hour::VARCHAR AS hour, unit::VARCHAR AS unit, bytes::DOUBLE AS bytes, z::DOUBLE AS z, n::INTEGER AS n, cidr::VARCHAR AS cidr
        FROM (VALUES ${values.join(', ')}) v(k, "user", ip, hour, unit, bytes, z, n, cidr)`),
    );
  });
  afterAll(() => {
    db.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** The file as maskedCsvLines writes it row by row from the same query. */
  async function byRow(m: Masker | null): Promise<string> {
    const result = await db.withConnection((c) => c.runAndReadAll(query));
    const line = maskedCsvLines(result.columnNames(), m);
    return csvLine(result.columnNames()) + result.getRowsJson().map(line).join('');
  }

  for (const masked of [true, false]) {
    it(`writes the same bytes as the row-by-row writer (${masked ? 'masked, same pseudonyms' : 'personal values opted in'}), outside the case`, async () => {
      const out = path.join(work, `side-${masked}.csv`);
      const written = await db.withConnection(async (c) => {
        const w = await writeCsvInSql(c, query, out, masked ? masker() : null, db.tempDir);
        expect((await c.runAndReadAll(`SELECT count(*)::INTEGER FROM duckdb_tables() WHERE temporary`)).getRowsJson()).toEqual([[0]]);
        return w;
      });
      const text = fs.readFileSync(out, 'utf8');
      expect(text).toBe(await byRow(masked ? masker() : null));
      expect(written).toMatchObject({ columns: ['user', 'ip', 'hour', 'unit', 'bytes', 'z', 'n', 'cidr'], rows: 6008, bytes: Buffer.byteLength(text) });
      expect(fs.statSync(out).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(db.tempDir).filter((f) => f.startsWith('side-'))).toEqual([]);
      if (masked) expect(text).not.toMatch(/alice|carol@|198\.51\.100\.7|192\.0\.2\.1\b|user12@/);
      else expect(text).toContain('alice@corp.example');
    });
  }

  it('leaves to the caller a query with a column it does not format', async () => {
    const out = path.join(work, 'lists.csv');
    expect(await db.withConnection((c) => writeCsvInSql(c, `SELECT [ip] AS ips, k::BIGINT AS k FROM side`, out, masker(), db.tempDir))).toBeNull();
    expect(fs.existsSync(out)).toBe(false);
  });
});

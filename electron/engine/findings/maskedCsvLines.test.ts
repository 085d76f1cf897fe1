import { describe, expect, it } from 'vitest';
import { flatRowMasker } from '../privacy/flatRowMasker';
import { Masker } from '../privacy/Masker';
import { TokenBook } from '../privacy/TokenBook';
import { csvLine } from '../report/tables/csvCell';
import { maskedCsvLines } from './maskedCsvLines';

const key = Buffer.alloc(32, 7);
const attacker = '203.0.113.9';
const masker = () => new Masker(key, new Set([attacker]), new TokenBook());

/** Side-file rows under one column list, with personal values in every place the rule looks, repeated values, and rows maskDeep must take. */
const columns = ['user', 'users', 'ip', 'hour', 'unit', 'bytes', 'z', 'tags', 'cidr', 'evidence'];
const rows: unknown[][] = [
  ['alice@corp.example', ['alice@corp.example', null], '198.51.100.7', '2024-05-06T10:00:00Z', 'bytes', 5_000_000, 4.2, null, null, null],
  ['alice@corp.example', [], attacker, '2024-05-06T11:00:00Z', 'bytes', 7, null, ['from 192.0.2.1', null], '10.0.0.0/8', null],
  [null, null, null, '2024-05-06T11:00:00Z', 'events', 3, 3.5, [], null, null],
  ['unit', null, 'fe80::1:2:3:4', '2024-05-06T12:00:00Z', 'units moved by unit', 1, 3.1, null, null, null],
  ['bob', ['bob'], null, '=cmd', 'a "quoted", value', -2, 1e21, ['bob here'], null, null],
  ['gina', null, null, '2024-05-06T10:00:00Z', 'bytes', 1, 0.1, null, null, { user: 'gina', note: 'gina at 192.0.2.44' }],
  ['b***@c***.example#a1b2c3', null, 'not an ip', 'mailed carol@corp.example', 'bytes', true, false, null, ['10.0.0.0/8'], null],
];

/** What writeFindingLists wrote before maskedCsvLines: each row as an object through flatRowMasker, then csvLine. */
function byRow(m: Masker | null): string[] {
  const mask = m ? flatRowMasker(m) : (r: Record<string, unknown>) => r;
  return rows.map((r) => {
    const masked = mask(Object.fromEntries(columns.map((k, i) => [k, r[i]])));
    return csvLine(columns.map((k) => masked[k]));
  });
}

describe('maskedCsvLines', () => {
  it('writes every row exactly as flatRowMasker and csvLine do, row after row, with the same pseudonyms', () => {
    const twice = [...rows, ...rows];
    const line = maskedCsvLines(columns, masker());
    const reference = byRow(masker());
    expect(twice.map(line)).toEqual([...reference, ...reference]);
    expect(rows.map(maskedCsvLines(columns, null))).toEqual(byRow(null));
  });

  it('masks the personal values (so the comparison above is not between two unmasked copies)', () => {
    const out = rows.map(maskedCsvLines(columns, masker())).join('');
    expect(out).not.toMatch(/alice|carol@|198\.51\.100\.7|gina at|192\.0\.2\.1\b|bob here/);
    expect(out).toContain(attacker);
    expect(out).toContain("'=cmd");
  });
});

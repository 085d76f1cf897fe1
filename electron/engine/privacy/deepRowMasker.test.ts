import { describe, expect, it } from 'vitest';
import { deepRowMasker } from './deepRowMasker';
import { maskDeep } from './maskDeep';
import { Masker } from './Masker';
import { TokenBook } from './TokenBook';

const key = Buffer.alloc(32, 5);
const attacker = '203.0.113.9';
const masker = () => new Masker(key, new Set([attacker]), new TokenBook());

/** Finding-like rows: identities at several depths, free text naming them or not, repeated texts, and a shape maskDeep masks by its columns. */
function rows(): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 40; i++) {
    const user = i % 5 === 0 ? 'unit' : `user${i % 7}@corp.example`;
    out.push({
      id: `bulk_export-${i}`,
      ips: i % 3 === 0 ? [attacker, '198.51.100.7', null] : [],
      users: [user],
      summary: `${user} moved 1.5 GB in 1 hour from 2025-01-01T00:00:00Z, seen from 192.0.2.${i} and by boss@corp.example`,
      evidence: {
        user,
        unit: 'bytes',
        reason: i % 2 ? 'baseline' : 'units moved by unit',
        hourly: [{ hour: '2025-01-01T00:00:00Z', value: i, note: `by user${i % 7}@corp.example` }, { hour: '2025-01-01T01:00:00Z', value: null }],
        nested: { account: 'carol', accounts: ['ab', 'carol'], member: `m${i}`, text: ['ab here', 'carol there', null, 3] },
        cidr: '10.0.0.0/8',
      },
      note: i === 7 ? { columns: [{ name: 'user', masked: true, dataClass: null, type: 'VARCHAR' }], rows: [['dave']] } : null,
    });
  }
  return out;
}

describe('deepRowMasker', () => {
  it('masks every row exactly as maskDeep does, row after row with its memory of unchanged text, leaving page-shaped rows to maskDeep', () => {
    const deep = deepRowMasker(masker());
    const m = masker();
    const got = rows().map((r) => deep(r) ?? maskDeep(r, m));
    const reference = masker();
    expect(got).toEqual(rows().map((r) => maskDeep(r, reference)));
    expect(deep(rows()[7] as Record<string, unknown>)).toBeNull();
  });

  it('masks the personal values (so the comparison above is not between two unmasked copies)', () => {
    const deep = deepRowMasker(masker());
    const text = JSON.stringify(rows().filter((_, i) => i !== 7).map((r) => deep(r)));
    expect(text).not.toMatch(/user\d@|boss@|198\.51\.100\.7|192\.0\.2\.\d|"unit moved/);
    expect(text).toContain(attacker);
    expect(text).toContain('"units moved by ');
  });
});

import { describe, expect, it } from 'vitest';
import { flatRowMasker } from './flatRowMasker';
import { maskDeep } from './maskDeep';
import { Masker } from './Masker';
import { TokenBook } from './TokenBook';

const key = Buffer.alloc(32, 7);
const attacker = '203.0.113.9';
const masker = () => new Masker(key, new Set([attacker]), new TokenBook());

/** Rows shaped like the side files' (flat, and a finding with nested evidence), with personal values in every place the rule looks. */
const rows: Array<Record<string, unknown>> = [
  { user: 'alice@corp.example', hour: '2024-05-06T10:00:00Z', unit: 'bytes', bytes: 5_000_000, z: 4.2 },
  { user: 'bob', hour: '2024-05-06T11:00:00Z', unit: 'bytes', bytes: 7, z: null },
  { user: null, hour: '2024-05-06T11:00:00Z', unit: 'events', bytes: 3, z: 3.5 },
  { user: 'unit', hour: '2024-05-06T12:00:00Z', unit: 'units moved by unit', bytes: 1, z: 3.1 },
  { ip: '198.51.100.7', attempts: 3, asn: 'AS64500 mailed carol@corp.example', country: 'FR', rangeLabel: null },
  { ip: attacker, attempts: 9, asn: null, country: null, rangeLabel: 'seen from 198.51.100.8 and fe80::1:2:3:4' },
  { findingId: 'f1', user: 'dave', outcome: 'dave signed in', leaked: true, firstSeen: '2024-05-06T10:00:00Z' },
  { id: 'f2', users: ['erin@corp.example', null], ips: ['198.51.100.9', attacker], summary: 'erin@corp.example moved 5.0 GB', cidr: '10.0.0.0/8' },
  { id: 'f3', users: ['frank'], tags: ['frank here', null, 'from 192.0.2.1'], summary: 'no one' },
  { id: 'f4', users: ['gina'], evidence: { user: 'gina', hourly: [{ hour: '2024-05-06T10:00:00Z', value: 1 }], note: 'gina at 192.0.2.44' } },
  { id: 'f5', user: 'b***@c***.example#a1b2c3', summary: 'already masked' },
];

describe('flatRowMasker', () => {
  it('masks every row exactly as maskDeep does, row after row, with the same pseudonyms', () => {
    const fast = flatRowMasker(masker());
    const deep = masker();
    const twice = [...rows, ...rows];
    expect(twice.map((r) => fast(r))).toEqual(twice.map((r) => maskDeep(r, deep)));
  });

  it('masks the personal values (so the comparison above is not between two unmasked copies)', () => {
    const fast = flatRowMasker(masker());
    const out = rows.map((r) => fast(r));
    expect(JSON.stringify(out)).not.toMatch(/alice|carol@|198\.51\.100\.7|erin@|dave signed|gina at|192\.0\.2\.1\b/);
    expect(out[5]?.ip).toBe(attacker);
    expect(out[3]?.unit).toMatch(/^u\*\*\*#[0-9a-f]{6}s moved by u\*\*\*#[0-9a-f]{6}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { maskDeep } from './maskDeep';
import { Masker } from './Masker';
import { TokenBook } from './TokenBook';

const masker = () => new Masker(Buffer.alloc(32, 9), new Set(['203.0.113.9']), new TokenBook());

describe('maskDeep', () => {
  it('masks a text repeated across a result (a query shown on every finding) in every place, each pseudonym noted by the masker that masked it', () => {
    const shared = 'carol.smith and dave.jones from 198.51.100.7 wrote to boss@corp.example; 203.0.113.9 failed';
    const value = {
      findings: [
        { users: ['carol.smith'], summary: `carol.smith alone`, sql: shared },
        { users: ['dave.jones'], summary: `dave.jones alone`, sql: shared },
      ],
      note: shared,
    };
    const m = masker();
    const out = maskDeep(value, m);
    const first = out.findings[0]?.sql as string;
    expect([out.findings[1]?.sql, out.note]).toEqual([first, first]);
    expect(first).not.toMatch(/carol|dave|198\.51\.100\.7|boss@/);
    expect(first).toContain('203.0.113.9');
    const tokens = first.match(/\S+#[0-9a-f]{6}/g) ?? [];
    expect(tokens.map((t) => m.resolve(t.replace(/;$/, '')))).toEqual(['carol.smith', 'dave.jones', '198.51.100.7', 'boss@corp.example']);
    const shown = [...new Set([...tokens.map((t) => t.replace(/;$/, '')), out.findings[0]?.users[0], out.findings[1]?.users[0]])].sort();
    expect([...m.shown].sort()).toEqual(shown);
    const again = masker();
    expect(maskDeep(value, again)).toEqual(out);
    expect([...again.shown].sort()).toEqual(shown);
  });
});

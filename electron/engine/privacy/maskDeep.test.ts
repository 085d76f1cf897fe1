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

  it('masks in a data-view page every account its account columns and its JSON cells name, wherever its free text repeats them', () => {
    const text = { name: 'summary', type: 'VARCHAR', dataClass: 'Free text', masked: true };
    const page = {
      columns: [{ name: 'user', type: 'VARCHAR', dataClass: 'Usernames', masked: true }, text, { ...text, name: 'detail', type: 'JSON' }],
      rows: [
        ['q.vendor', 'q.vendor moved 40.0 GB', '{"user":"q.vendor","changedBy":"hd.admin","peak":40}'],
        [null, 'hd.admin reset a password', '{"filters":[{"column":"nom","value":"Pennyfeather"}],"account":"svc-report"}'],
      ],
    };
    const out = maskDeep(page, masker());
    const cells = out.rows.flat().join(' ');
    expect(cells).not.toMatch(/q\.vendor|hd\.admin|svc-report/);
    expect(JSON.parse(out.rows[0]?.[2] ?? '')).toEqual({ user: out.rows[0]?.[0], changedBy: expect.stringMatching(/^h\*+#[0-9a-f]{6}$/), peak: 40 });
    expect(out.rows[1]?.[1]).toBe(`${JSON.parse(out.rows[0]?.[2] ?? '').changedBy as string} reset a password`);
    expect(cells, 'a value under no personal key is the rule-point-2 scan: the audit records no clear filter value (guardPersonalData)').toContain('Pennyfeather');
    const facet = maskDeep({ column: 'summary', dataClass: 'Free text', masked: true, values: [{ value: 'ann.lee moved 2 GB', count: 1 }] }, masker(), ['ann.lee']);
    expect(facet.values[0]?.value).toMatch(/^a\*+#[0-9a-f]{6} moved 2 GB$/);
  });
});

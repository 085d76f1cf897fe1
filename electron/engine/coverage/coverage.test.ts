import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { toDelimited } from '../testing/leak/toDelimited';
import { retailerLeak } from '../testing/leak/retailerLeak';

const placeholder = (v: string) => v.trim() === '' || v.trim().toUpperCase() === 'NULL';

describe('PII coverage of a leak', () => {
  it('classifies the retailer fields from content and counts shares, distincts, subjects and bcrypt costs', async () => {
    const leak = retailerLeak(400);
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'clients.csv', toDelimited([leak.header, ...leak.rows], ';'));
      const source = await engine.service.addSource({ path: file, kind: 'leak' });
      const [cov] = await engine.service.coverage({ sourceId: source.id });
      if (!cov) throw new Error('no coverage');
      const rows = leak.rows.length;
      const col = (name: string) => leak.rows.map((r) => r[leak.header.indexOf(name)] as string);
      const field = (name: string) => cov.fields.find((f) => f.column === name);

      expect(cov).toMatchObject({ sourceId: source.id, rows, subjectColumn: 'email' });
      expect(cov.subjects).toBe(new Set(col('email').map((e) => e.toLowerCase())).size);
      expect(cov.subjects).toBe(400);

      const classes = Object.fromEntries(cov.fields.map((f) => [f.column, f.dataClass]));
      expect(classes).toEqual({
        id_client: 'Identifiers',
        nom: 'Names',
        prénom: 'Names',
        email: 'Email addresses',
        sexe: 'Genders',
        date_naissance: 'Dates of birth',
        tel_chiffre: 'Phone numbers (encrypted)',
        mot_de_passe: 'Passwords',
        ip_derniere_connexion: 'IP addresses',
        derniere_connexion: 'Dates',
        adresse: 'Physical addresses',
        code_postal: 'Postal codes',
        ville: 'Physical addresses',
      });
      for (const name of leak.header) {
        const values = col(name).filter((v) => !placeholder(v));
        const f = field(name);
        expect(f?.populated, name).toBeCloseTo(values.length / rows, 10);
        expect(f?.distinct, name).toBe(new Set(values).size);
      }
      for (const name of ['email', 'sexe', 'date_naissance', 'mot_de_passe', 'ip_derniere_connexion', 'derniere_connexion', 'code_postal', 'id_client', 'nom', 'ville', 'adresse']) {
        expect(field(name)?.valid, name).toBe(1);
      }
      expect(field('tel_chiffre')?.valid).toBeGreaterThan(0.95);
      expect(field('tel_chiffre')?.populated).toBeGreaterThan(0.7);

      const passwords = col('mot_de_passe');
      const costs: Record<string, number> = {};
      for (const p of passwords) {
        const cost = /^\$2[aby]\$(\d\d)\$/.exec(p)?.[1];
        if (cost) costs[String(Number(cost))] = (costs[String(Number(cost))] ?? 0) + 1;
      }
      const bcryptCount = Object.values(costs).reduce((a, b) => a + b, 0);
      expect(Object.keys(costs).sort()).toEqual(['10', '12']);
      const byScheme = Object.fromEntries(cov.passwordHashes.map((h) => [h.scheme, h]));
      expect(byScheme.bcrypt).toEqual({ column: 'mot_de_passe', scheme: 'bcrypt', count: bcryptCount, costs });
      expect(byScheme['ambiguous MD5/NTLM-class']?.count).toBe(passwords.filter((p) => /^[0-9a-f]{32}$/.test(p)).length);
      expect(byScheme['ambiguous SHA1-class']?.count).toBe(passwords.filter((p) => /^[0-9a-f]{40}$/.test(p)).length);
      expect(cov.passwordHashes.reduce((a, h) => a + h.count, 0)).toBe(rows);
    });
  });
});

describe('data subjects of a leak whose key is missing on some records', () => {
  it('counts the distinct keys plus one person per record without one, and says how many those are', async () => {
    const leak = retailerLeak(300);
    const email = leak.header.indexOf('email');
    // Every tenth record loses its e-mail (blank or NULL), and one address appears twice in another case.
    const rows = leak.rows.map((r, i) => (i % 10 === 3 ? r.map((v, j) => (j === email ? (i % 20 === 3 ? '' : 'NULL') : v)) : i === 7 ? r.map((v, j) => (j === email ? (leak.rows[8]?.[email] ?? '').toUpperCase() : v)) : r));
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'clients.csv', toDelimited([leak.header, ...rows], ';'));
      const source = await engine.service.addSource({ path: file, kind: 'leak' });
      const [cov] = await engine.service.coverage({ sourceId: source.id });
      const keys = rows.map((r) => r[email] as string).filter((v) => !placeholder(v));
      const keyless = rows.length - keys.length;
      expect(keyless).toBeGreaterThanOrEqual(30);
      expect(cov).toMatchObject({ rows: rows.length, subjectColumn: 'email', keyless });
      expect(cov?.subjects).toBe(new Set(keys.map((k) => k.toLowerCase())).size + keyless);
      expect(cov?.subjects).toBeLessThan(rows.length);
    });
  });
});

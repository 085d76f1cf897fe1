import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { seededRandom } from '../demo/seededRandom';
import type { Engine } from '../createEngine';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** Loads `columns` (header → values, one per record) as a CSV leak and returns its coverage. */
async function coverageOf(engine: Engine, work: string, columns: Record<string, string[]>): Promise<SourceCoverageDto> {
  const headers = Object.keys(columns);
  const n = (columns[headers[0] as string] as string[]).length;
  const lines = Array.from({ length: n }, (_, i) => headers.map((h) => (columns[h] as string[])[i]).join(','));
  const s = await engine.service.addSource({ path: writeInput(work, 'leak.csv', `${headers.join(',')}\n${lines.join('\n')}\n`), kind: 'leak' });
  const [cov] = await engine.service.coverage({ sourceId: s.id });
  if (!cov) throw new Error('no coverage');
  return cov;
}

const classOf = (cov: SourceCoverageDto, column: string) => cov.fields.find((f) => f.column === column)?.dataClass;
const emails = (n: number) => Array.from({ length: n }, (_, i) => `person${i}@example.com`);

describe('coverage rules the blind leak run asked for (docs/design.md §1)', () => {
  it('ISO/IEC 5218 codes under a gender header are genders; the same codes under another header are not', async () => {
    await withTempCase(async (engine, { work }) => {
      const codes = Array.from({ length: 60 }, (_, i) => String(1 + (i % 2)));
      const cov = await coverageOf(engine, work, { email: emails(60), sesso: codes, statut: codes });
      expect(cov.fields.find((f) => f.column === 'sesso')).toMatchObject({ dataClass: 'Genders', valid: 1 });
      expect(classOf(cov, 'statut')).not.toBe('Genders');
    });
  });

  it('Unix seconds and spreadsheet serial days under date headers are dates, under other headers numbers', async () => {
    await withTempCase(async (engine, { work }) => {
      const r = seededRandom(5);
      // Births around 1970 too, whose Unix seconds are short or negative.
      const births = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(i % 3 === 0 ? 1968 + (i % 5) : 1940 + Math.floor(r() * 60), Math.floor(r() * 12), 1 + Math.floor(r() * 28))));
      const serial = births.map((d) => String(Math.round(d.getTime() / 86_400_000 + 25569)));
      const epoch = births.map((d, i) => String(i % 2 === 0 ? Math.floor(d.getTime() / 1000) : 1_600_000_000 + i * 86_400));
      const cov = await coverageOf(engine, work, { email: emails(60), dob: serial, last_login: epoch, montant: serial, compte: epoch });
      expect(cov.fields.find((f) => f.column === 'dob')).toMatchObject({ dataClass: 'Dates of birth', valid: 1 });
      expect(cov.fields.find((f) => f.column === 'last_login')).toMatchObject({ dataClass: 'Dates', valid: 1 });
      expect(classOf(cov, 'montant')).not.toMatch(/Date/);
      expect(classOf(cov, 'compte')).not.toMatch(/Date/);
    });
  });

  it('yyyymmdd birth dates are dates of birth by content alone', async () => {
    await withTempCase(async (engine, { work }) => {
      const r = seededRandom(6);
      const compact = Array.from({ length: 60 }, () => `${1940 + Math.floor(r() * 60)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`);
      const cov = await coverageOf(engine, work, { email: emails(60), champ7: compact });
      expect(cov.fields.find((f) => f.column === 'champ7')).toMatchObject({ dataClass: 'Dates of birth', valid: 1 });
    });
  });

  it('phone numbers written without a trunk 0 are phones under a phone header, identifiers under another', async () => {
    await withTempCase(async (engine, { work }) => {
      const r = seededRandom(7);
      const mobiles = Array.from({ length: 60 }, () => `3${String(Math.floor(r() * 1e9)).padStart(9, '0')}`);
      const cov = await coverageOf(engine, work, { email: emails(60), cellulare: mobiles, numero_ordine: mobiles });
      expect(cov.fields.find((f) => f.column === 'cellulare')).toMatchObject({ dataClass: 'Phone numbers', valid: 1 });
      expect(classOf(cov, 'numero_ordine')).toBe('Identifiers');
    });
  });

  it('hex ciphertext under a phone header is an encrypted phone, not a password; under a password header a hash', async () => {
    await withTempCase(async (engine, { work }) => {
      const hex = Array.from({ length: 60 }, (_, i) => createHash('sha256').update(`phone ${i}`).digest('hex'));
      const cov = await coverageOf(engine, work, { email: emails(60), telephone_chiffre: hex, password: hex });
      expect(cov.fields.find((f) => f.column === 'telephone_chiffre')).toMatchObject({ dataClass: 'Phone numbers (encrypted)', valid: 1 });
      expect(classOf(cov, 'password')).toBe('Passwords');
      expect(cov.passwordHashes.filter((h) => h.column === 'telephone_chiffre')).toEqual([]);
    });
  });

  it('a salted hash written hash:salt is counted as one, not as plain text', async () => {
    await withTempCase(async (engine, { work }) => {
      const salted = Array.from({ length: 60 }, (_, i) => `${createHash('md5').update(`pw${i}salt${i}`).digest('hex')}:s${i}Xa`);
      const cov = await coverageOf(engine, work, { email: emails(60), hash: salted });
      expect(classOf(cov, 'hash')).toBe('Passwords');
      expect(cov.passwordHashes).toEqual([{ column: 'hash', scheme: 'salted hex (hash:salt)', count: 60, costs: {} }]);
    });
  });

  it('a placeholder in the e-mail key is no person\'s address: its record counts as one person, like an empty one', async () => {
    await withTempCase(async (engine, { work }) => {
      const keys = [...emails(50), ...emails(10).map((e) => e.toUpperCase()), ...Array.from({ length: 6 }, () => 'pas-de-mail'), '', ''];
      const cov = await coverageOf(engine, work, { email: keys, ville: keys.map(() => 'Lormagne') });
      expect(cov).toMatchObject({ rows: 68, subjects: 50 + 6 + 2, keyless: 8, subjectColumn: 'email' });
    });
  });

  it('a British postcode followed by the town is an address', async () => {
    await withTempCase(async (engine, { work }) => {
      const towns = Array.from({ length: 60 }, (_, i) => `ZZ${i % 10} ${i % 9}AA ${['Ashbury', 'Fenwick Vale', 'Northam'][i % 3]}`);
      const cov = await coverageOf(engine, work, { email: emails(60), locality: towns });
      expect(classOf(cov, 'locality')).toBe('Physical addresses');
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { seededRandom } from '../demo/seededRandom';
import type { Engine } from '../createEngine';
import { cardNumber, dniOf, frenchIban, luhnDigit, nirOf, ssnOf } from '../testing/leak/identityNumbers';
import { withTempCase, writeInput } from '../testing/withTempCase';

const rows = 60;

/** Loads `columns` (header → values, one per record) as a CSV leak; its coverage and source id. */
async function load(engine: Engine, work: string, columns: Record<string, string[]>): Promise<{ cov: SourceCoverageDto; id: number }> {
  const headers = Object.keys(columns);
  const lines = Array.from({ length: rows }, (_, i) => headers.map((h) => (columns[h] as string[])[i]).join(','));
  const s = await engine.service.addSource({ path: writeInput(work, 'leak.csv', `${headers.join(',')}\n${lines.join('\n')}\n`), kind: 'leak' });
  const [cov] = await engine.service.coverage({ sourceId: s.id });
  if (!cov) throw new Error('no coverage');
  return { cov, id: s.id };
}

const field = (cov: SourceCoverageDto, column: string) => cov.fields.find((f) => f.column === column);
const emails = Array.from({ length: rows }, (_, i) => `person${i}@example.com`);
const many = (make: (r: () => number, i: number) => string, seed: number) => {
  const r = seededRandom(seed);
  return Array.from({ length: rows }, (_, i) => make(r, i));
};

describe('card, bank account and national ID numbers: the financial and identity classes of a leak (docs/design.md §1)', () => {
  it('names them by their check digit or layout under headers that say nothing, every value valid', async () => {
    await withTempCase(async (engine, { work }) => {
      const { cov } = await load(engine, work, {
        email: emails,
        col1: many(
          (r, i) =>
            i % 3 === 0
              ? cardNumber(r)
                  .replace(/(.{4})/g, '$1 ')
                  .trim()
              : cardNumber(r),
          1,
        ),
        col2: many((r) => frenchIban(r), 2),
        col3: many((r, i) => (i % 2 === 0 ? ssnOf(r) : dniOf(r)), 3),
        col4: many((r) => nirOf(r), 4),
        col5: many(
          (r, i) =>
            i % 2 === 0 ? `**** **** **** ${String(Math.floor(r() * 1e4)).padStart(4, '0')}` : `${cardNumber(r).slice(0, 6)}******${cardNumber(r).slice(12)}`,
          5,
        ),
      });
      expect(field(cov, 'col1')).toMatchObject({ dataClass: 'Credit cards', valid: 1 });
      expect(field(cov, 'col2')).toMatchObject({ dataClass: 'Bank account numbers', valid: 1 });
      expect(field(cov, 'col3')).toMatchObject({ dataClass: 'Government issued IDs', valid: 1 });
      expect(field(cov, 'col4')).toMatchObject({ dataClass: 'Government issued IDs', valid: 1 });
      expect(field(cov, 'col5')).toMatchObject({ dataClass: 'Partial credit card data', valid: 1 });
    });
  });

  it('does not name them when the check digit fails, or when a header names another class', async () => {
    await withTempCase(async (engine, { work }) => {
      // Numbers one off their check digit: a tenth of random numbers pass Luhn, none of these.
      const badLuhn = many((r) => {
        const good = cardNumber(r);
        return good.slice(0, 15) + String((Number(luhnDigit(good.slice(0, 15))) + 1) % 10);
      }, 6);
      const badIban = many((r) => frenchIban(r).replace(/^FR(\d)(\d)/, (_, a: string, b: string) => `FR${a}${(Number(b) + 1) % 10}`), 7);
      const { cov } = await load(engine, work, {
        email: emails,
        col1: badLuhn,
        col2: badIban,
        carte_fidelite: many((r) => cardNumber(r), 8),
        telephone: many((r) => ssnOf(r), 9),
      });
      expect(field(cov, 'col1')?.dataClass).toBe('Identifiers');
      expect(field(cov, 'col2')?.dataClass).not.toBe('Bank account numbers');
      expect(field(cov, 'carte_fidelite')?.dataClass).toBe('Identifiers');
      expect(field(cov, 'telephone')?.dataClass).toBe('Phone numbers');
    });
  });

  it('reads what only a header can tell: passports, bank account fragments, the last four digits of a card', async () => {
    await withTempCase(async (engine, { work }) => {
      const { cov } = await load(engine, work, {
        email: emails,
        numero_passeport: many((r) => `${String(10 + Math.floor(r() * 89))}AB${String(Math.floor(r() * 1e5)).padStart(5, '0')}`, 10),
        rib: many(
          (r) =>
            `${String(Math.floor(r() * 1e5)).padStart(5, '0')} ${String(Math.floor(r() * 1e5)).padStart(5, '0')} ${String(Math.floor(r() * 1e11)).padStart(11, '0')} 42`,
          11,
        ),
        card_last4: many((r) => String(Math.floor(r() * 1e4)).padStart(4, '0'), 12),
        code: many((r) => String(Math.floor(r() * 1e4)).padStart(4, '0'), 12),
      });
      expect(field(cov, 'numero_passeport')).toMatchObject({ dataClass: 'Government issued IDs', valid: 1 });
      expect(field(cov, 'rib')).toMatchObject({ dataClass: 'Bank account numbers', valid: 1 });
      expect(field(cov, 'card_last4')).toMatchObject({ dataClass: 'Partial credit card data', valid: 1 });
      expect(field(cov, 'code')?.dataClass).not.toBe('Partial credit card data');
    });
  });

  it('masks them in every page the Api serves, and counts people by the national ID when there is no e-mail', async () => {
    await withTempCase(async (engine, { work }) => {
      const cards = many((r) => cardNumber(r), 13);
      const ids = many((r) => nirOf(r), 14);
      const { cov, id } = await load(engine, work, { cb: cards, nir: ids, iban: many((r) => frenchIban(r), 15) });
      expect(cov.subjectColumn).toBe('nir');
      expect(cov.subjects).toBe(new Set(ids).size);
      const page = await engine.api.tablePage({ table: `leak_${id}`, limit: rows });
      const shown = JSON.stringify(page.rows);
      for (const v of [...cards, ...ids]) expect(shown).not.toContain(v.slice(4, 12));
    });
  });
});

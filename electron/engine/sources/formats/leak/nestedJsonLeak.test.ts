import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { syntheticPeople } from '../../../testing/leak/syntheticPeople';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

const people = syntheticPeople(60, 9);

/** A MongoDB-style export: the person nested two levels down, a civility title (it tells the gender), a list of orders, and a field that is an object in some documents and text in others. */
const docs = people.map((p, i) => ({
  _id: { $oid: `65f0${String(i).padStart(20, '0')}` },
  customer: { name: { first: p.prenom, last: p.nom }, contact: { email: p.email, phone: `+33 6 12 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i).padStart(2, '0')} 00` } },
  civility: ['Monsieur', 'Madame', 'Mademoiselle'][i % 3],
  orders: [{ sku: `A${i}`, qty: 1 }],
  note: i % 2 === 0 ? { text: 'vip' } : 'plain',
}));

describe('a leak exported as nested JSON', () => {
  it('flattens nested objects into dotted columns whose classes coverage reads, keeping lists and mixed fields whole', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'export.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-json', rowsLoaded: 60, rowsRejected: 0 });
      const rows = await sqlOn<Record<string, string | null>>(engine, `SELECT * FROM leak_${s.id} ORDER BY _line`);
      expect(Object.keys(rows[0] ?? {})).toEqual(['_line', '_id', 'customer.name.first', 'customer.name.last', 'customer.contact.email', 'customer.contact.phone', 'civility', 'orders', 'note']);
      expect(rows.map((r) => [r['customer.contact.email'], JSON.parse(r.orders ?? 'null'), r.note])).toEqual(
        docs.map((d, i) => [d.customer.contact.email, d.orders, i % 2 === 0 ? '{"text":"vip"}' : 'plain']),
      );
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      const classOf = Object.fromEntries((cov?.fields ?? []).map((f) => [f.column, f.dataClass]));
      expect(classOf).toMatchObject({ 'customer.name.first': 'Names', 'customer.name.last': 'Names', 'customer.contact.email': 'Email addresses', 'customer.contact.phone': 'Phone numbers', civility: 'Genders' });
      expect(cov).toMatchObject({ subjectColumn: 'customer.contact.email', subjects: 60 });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../testing/corpusFile';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/** The `_source` fields of the Elasticsearch samples, named without the prefix, and their classes. */
const sourceClasses = {
  first_name: 'Names',
  last_name: 'Names',
  email: 'Email addresses',
  birth_date: 'Dates of birth',
  phone: 'Phone numbers',
  ip_address: 'IP addresses',
  city: 'Physical addresses',
  created_at: 'Dates',
};

describe('an Elasticsearch index dumped', () => {
  for (const [file, rows, metadata] of [
    ['elasticdump-customers.ndjson', 20, ['_index', '_type', '_id', '_score']],
    ['es-search.json', 10, ['_index', '_id', '_score']],
    ['es-search-scroll.json', 20, ['_index', '_id', '_score']],
  ] as const) {
    it(`${file}: each hit a row, its _source fields named as stored, _index/_type/_id/_score metadata classed Other`, async () => {
      await withTempCase(async (engine) => {
        const s = await engine.service.addSource({ path: corpusFile('leak_database_dumps', file), kind: 'leak' });
        expect(s).toMatchObject({ format: 'leak-json', rowsLoaded: rows, rowsRejected: 0 });
        const [cov] = await engine.service.coverage({ sourceId: s.id });
        expect((cov?.fields ?? []).map((f) => [f.column, f.dataClass, f.hint])).toEqual([
          ...metadata.map((c) => [c, 'Other', null]),
          ...Object.entries(sourceClasses).map(([c, cls]) => [c, cls, expect.anything()]),
        ]);
        for (const c of ['email', 'birth_date', 'phone', 'ip_address']) expect(cov?.fields.find((f) => f.column === c)).toMatchObject({ populated: 1, valid: 1, distinct: rows });
        expect(cov).toMatchObject({ rows, subjectColumn: 'email', subjects: rows, keyless: 0 });
        const last = await sqlOn<{ _id: string; email: string }>(engine, `SELECT _id, email FROM leak_${s.id} ORDER BY _line DESC LIMIT 1`);
        expect(last).toEqual([{ _id: file.startsWith('elasticdump') ? '20' : file === 'es-search.json' ? 'c10' : 'c20', email: rows === 20 ? 'theo.fournier19@example.com' : 'julien.moreau9@example.com' }]);
      });
    });
  }

  it('counts a scroll page without hits as a reject with its number, never echoing it', async () => {
    await withTempCase(async (engine, { work }) => {
      const hit = (i: number) => ({ _index: 'users', _id: String(i), _score: 1, _source: { email: `user${i}@example.com` } });
      const page = (hits: unknown[]) => ({ took: 1, timed_out: false, hits: { total: { value: 3 }, hits } });
      const text = [page([hit(1), hit(2)]), { took: 1, error: { reason: 'secret-token-abc' } }, page([hit(3)]), page([])].map((p) => JSON.stringify(p, null, 2)).join('\n');
      const s = await engine.service.addSource({ path: writeInput(work, 'scroll.json', text + '\n'), kind: 'leak', maxRejectShare: 1 });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([[3, 'expected a JSON object as a hit of the search response (a response without hits.hits counts as one), got a JSON null']]);
      expect(JSON.stringify(rejects)).not.toContain('secret-token-abc');
      expect(await sqlOn(engine, `SELECT _line::INTEGER AS _line, email FROM leak_${s.id} ORDER BY _line`)).toEqual([
        { _line: 1, email: 'user1@example.com' },
        { _line: 2, email: 'user2@example.com' },
        { _line: 4, email: 'user3@example.com' },
      ]);
    });
  });
});

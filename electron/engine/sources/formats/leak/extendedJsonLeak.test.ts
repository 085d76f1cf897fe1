import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../testing/corpusFile';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/** Classes of the fields both Extended JSON modes hold (see ../../../testing/corpus/leak_database_dumps/SOURCE.md). */
const classes = {
  _id: 'Identifiers',
  firstName: 'Names',
  lastName: 'Names',
  email: 'Email addresses',
  dob: 'Dates of birth',
  createdAt: 'Dates',
  loginCount: 'Identifiers',
  customerNo: 'Identifiers',
  score: 'Other',
  balance: 'Other',
  deviceId: 'Identifiers',
  'address.city': 'Physical addresses',
  'address.zip': 'Postal codes',
  phone: 'Phone numbers',
  lastIp: 'IP addresses',
};

describe('a MongoDB export in Extended JSON', () => {
  for (const [file, columns] of [
    ['mongoexport-canonical.jsonl', ['_id', 'firstName', 'lastName', 'email', 'dob', 'createdAt', 'loginCount', 'customerNo', 'score', 'balance', 'avatar', 'deviceId', 'address.city', 'address.zip', 'phone', 'lastIp']],
    ['mongoexport-relaxed.jsonl', ['_id', 'firstName', 'lastName', 'email', 'dob', 'createdAt', 'loginCount', 'customerNo', 'score', 'balance', 'deviceId', 'address.city', 'address.zip', 'phone', 'lastIp']],
    ['mongoexport-array.json', ['_id', 'firstName', 'lastName', 'email', 'dob', 'createdAt', 'loginCount', 'customerNo', 'score', 'balance', 'deviceId', 'address.city', 'address.zip', 'phone', 'lastIp']],
  ] as const) {
    it(`${file}: type wrappers unwrapped into their field, so dob is Dates of birth and _id an identifier`, async () => {
      await withTempCase(async (engine) => {
        const s = await engine.service.addSource({ path: corpusFile('leak_database_dumps', file), kind: 'leak' });
        expect(s).toMatchObject({ format: 'leak-json', rowsLoaded: 20, rowsRejected: 0 });
        const rows = await sqlOn<Record<string, string | null>>(engine, `SELECT * FROM leak_${s.id} ORDER BY _line`);
        expect(Object.keys(rows[0] ?? {})).toEqual(['_line', ...columns]);
        // Canonical {"$date": {"$numberLong": "-315619200000"}} and relaxed {"$date": "1970-…Z"} alike: midnight UTC is the date.
        expect(rows.map((r) => r.dob)).toEqual(Array.from({ length: 20 }, (_, i) => `${1960 + i}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`));
        expect(rows[1]).toMatchObject({ _id: '65f0a1b2c3d4e5f6a7b80001', createdAt: '2023-01-08T01:00:01.000Z', loginCount: '4', customerNo: '900001', balance: '12.75', deviceId: '1b4e28ba-2fa1-11d2-883f-0016d3cca401' });
        const [cov] = await engine.service.coverage({ sourceId: s.id });
        const fields = Object.fromEntries((cov?.fields ?? []).map((f) => [f.column, f]));
        expect(Object.fromEntries(Object.entries(fields).filter(([c]) => c in classes).map(([c, f]) => [c, f.dataClass]))).toEqual(classes);
        for (const c of ['_id', 'email', 'dob', 'createdAt', 'deviceId', 'phone']) expect(fields[c]).toMatchObject({ populated: 1, valid: 1, distinct: 20 });
        expect(cov).toMatchObject({ rows: 20, subjectColumn: 'email', subjects: 20, keyless: 0 });
      });
    });
  }

  it('reads a $binary as its base64, v1 dates in milliseconds, and a field a wrapper in some documents and plain in others', async () => {
    await withTempCase(async (engine, { work }) => {
      const docs = [
        { _id: { $oid: '65f0a1b2c3d4e5f6a7b8ffff' }, seen: { $date: 1700000000000 }, avatar: { $binary: 'cG5nMA==', $type: '00' }, n: { $numberDouble: 'Infinity' } },
        { _id: 7, seen: null, avatar: { $binary: { base64: 'cG5nMQ==', subType: '00' } }, n: 2.5 },
      ];
      const file = writeInput(work, 'legacy.jsonl', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      const rows = await sqlOn<Record<string, string | null>>(engine, `SELECT * EXCLUDE (_line) FROM leak_${s.id} ORDER BY _line`);
      expect(rows).toEqual([
        { _id: '65f0a1b2c3d4e5f6a7b8ffff', seen: '2023-11-14T22:13:20.000Z', avatar: 'cG5nMA==', n: 'Infinity' },
        { _id: '7', seen: null, avatar: 'cG5nMQ==', n: '2.5' },
      ]);
    });
  });
});

import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { encodeText } from '../../../testing/leak/encodeText';
import { syntheticPeople } from '../../../testing/leak/syntheticPeople';

const people = syntheticPeople(30, 5);
const docs = people.map((p) => ({ nom: p.nom, 'prénom': p.prenom, email: p.email, adresse: { rue: p.adresse, ville: p.ville } }));

type Row = Record<string, string | null>;

describe('leak JSON and Parquet containers', () => {
  it('loads a JSON array with accents, nested objects flattened into dotted columns and _line as element index', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'leak.json', JSON.stringify(docs, null, 1));
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-json', rowsLoaded: 30, rowsRejected: 0 });
      const rows = await sqlOn<Row>(engine, `SELECT * FROM leak_${s.id} ORDER BY _line`);
      expect(Object.keys(rows[0] ?? {})).toEqual(['_line', 'nom', 'prénom', 'email', 'adresse.rue', 'adresse.ville']);
      expect(rows.map((r) => [r._line, r.nom, r['prénom'], r.email, r['adresse.rue'], r['adresse.ville']])).toEqual(
        docs.map((d, i) => [String(i + 1), d.nom, d['prénom'], d.email, d.adresse.rue, d.adresse.ville]),
      );
    });
  });

  it('loads JSON lines in UTF-16 and gzip, keeping malformed lines as rejects', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = docs.map((d) => JSON.stringify(d));
      lines.splice(4, 0, '{"nom": "Brisé", "email": ');
      lines.splice(9, 0, '');
      lines.splice(12, 0, '["not", "an", "object"]');
      const text = lines.join('\n') + '\n';
      const u16 = writeInput(work, 'leak16.jsonl', encodeText(text, 'utf-16le'));
      const gz = writeInput(work, 'leak.jsonl.gz', gzipSync(Buffer.from(text, 'utf8')));
      for (const file of [u16, gz]) {
        const s = await engine.service.addSource({ path: file, kind: 'leak', maxRejectShare: 0.1 });
        expect(s).toMatchObject({ format: 'leak-json', rowsLoaded: 30, rowsRejected: 2 });
        expect(await engine.service.listRejects({ sourceId: s.id })).toEqual([
          { line: 5, column: null, reason: 'expected a JSON object on this line, got text that is not valid JSON', raw: '{"nom": "Brisé", "email": ' },
          { line: 13, column: null, reason: 'expected a JSON object on this line, got a JSON array', raw: '["not", "an", "object"]' },
        ]);
        const rows = await sqlOn<Row>(engine, `SELECT _line::INTEGER AS l, nom FROM leak_${s.id} ORDER BY _line LIMIT 6`);
        expect(rows).toEqual([1, 2, 3, 4, 6, 7].map((l, i) => ({ l, nom: docs[i]?.nom })));
      }
    });
  });

  it('refuses a truncated JSON array naming the file', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'cut.json', JSON.stringify(docs).slice(0, 500));
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(/cut\.json: /);
      expect(await engine.service.listSources({})).toEqual([]);
    });
  });

  it('loads Parquet, plain and gzip, every column as text', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'leak.parquet');
      const db = await DuckDBInstance.create(':memory:');
      const c = await db.connect();
      await c.run(`CREATE TABLE p (id INTEGER, nom VARCHAR, email VARCHAR, born DATE)`);
      for (const [i, p] of people.entries()) {
        await c.run(`INSERT INTO p VALUES ($id, $nom, $email, $born::DATE)`, { id: i, nom: p.nom, email: p.email, born: p.naissance.split('/').reverse().join('-') });
      }
      await c.run(`COPY p TO '${file}' (FORMAT parquet)`);
      c.closeSync();
      db.closeSync();
      const gz = writeInput(work, 'leak.parquet.gz', gzipSync(fs.readFileSync(file)));
      for (const f of [file, gz]) {
        const s = await engine.service.addSource({ path: f, kind: 'leak' });
        expect(s).toMatchObject({ format: 'leak-parquet', rowsLoaded: 30 });
        const rows = await sqlOn<Row>(engine, `SELECT * FROM leak_${s.id} ORDER BY _line`);
        expect(rows.map((r) => [r._line, r.id, r.nom, r.email, r.born])).toEqual(
          people.map((p, i) => [String(i + 1), String(i), p.nom, p.email, p.naissance.split('/').reverse().join('-')]),
        );
      }
    });
  });
});

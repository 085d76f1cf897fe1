import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { encodeText, type FixtureEncoding } from '../../../testing/leak/encodeText';
import { syntheticPeople } from '../../../testing/leak/syntheticPeople';
import { toDelimited } from '../../../testing/leak/toDelimited';

const titles = ['nom', 'prénom', 'email', 'date_naissance', 'adresse'];

/** Records with a header and one address spanning two lines (row index 3). */
function records(n: number): string[][] {
  const people = syntheticPeople(n, 11);
  const rows = people.map((p) => [p.nom, p.prenom, p.email, p.naissance, p.adresse]);
  (rows[3] as string[])[4] = `Bâtiment B; "Les Œillets"\n${people[3]?.adresse}`;
  return [titles, ...rows];
}

/** Reads a loaded leak table back in file order, without `_line`. */
async function loaded(engine: Parameters<Parameters<typeof withTempCase>[0]>[0], id: number, cols: string[]): Promise<string[][]> {
  const rows = await sqlOn<Record<string, string>>(engine, `SELECT * EXCLUDE (_line) FROM leak_${id} ORDER BY _line`);
  return rows.map((r) => cols.map((c) => r[c] as string));
}

describe('leak delimited text', () => {
  const encodings: FixtureEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];
  for (const [k, encoding] of encodings.entries()) {
    const delim = [',', ';', '|', '\t', ';'][k] as string;
    it(`loads ${encoding} with ${JSON.stringify(delim)} keeping accents and a multi-line quoted field`, async () => {
      await withTempCase(async (engine, { work }) => {
        const recs = records(40);
        const file = writeInput(work, `leak-${encoding}.csv`, encodeText(toDelimited(recs, delim, k % 2 ? '\r\n' : '\n'), encoding));
        const before = fs.readFileSync(file);
        const s = await engine.service.addSource({ path: file, kind: 'leak' });
        expect(s).toMatchObject({ format: 'leak-delimited', rowsLoaded: 40, rowsRejected: 0, status: 'ready' });
        expect(s.sha256).toBe(createHash('sha256').update(before).digest('hex'));
        const got = await loaded(engine, s.id, titles);
        expect(got).toEqual(recs.slice(1));
        const lines = await sqlOn<{ l: number }>(engine, `SELECT _line::INTEGER AS l FROM leak_${s.id} ORDER BY _line`);
        expect(lines.slice(0, 6).map((r) => r.l)).toEqual([2, 3, 4, 5, 7, 8]);
        expect(fs.readFileSync(file).equals(before)).toBe(true);
        expect(fs.readdirSync(`${engine.ctx.caseDb?.dir}/tmp`).filter((f) => f.startsWith('leak-'))).toEqual([]);
      });
    });
  }

  it('reads a file without a header as col1…colN and a gzip-compressed CSV', async () => {
    await withTempCase(async (engine, { work }) => {
      const recs = records(25).slice(1);
      const bare = writeInput(work, 'bare.txt', toDelimited(recs, ';'));
      const s1 = await engine.service.addSource({ path: bare, kind: 'leak' });
      expect(s1.rowsLoaded).toBe(25);
      expect(await loaded(engine, s1.id, ['col1', 'col2', 'col3', 'col4', 'col5'])).toEqual(recs);
      const gz = writeInput(work, 'leak.csv.gz', gzipSync(encodeText(toDelimited(records(30), ','), 'windows-1252')));
      const s2 = await engine.service.addSource({ path: gz, kind: 'leak' });
      expect(s2.rowsLoaded).toBe(30);
      expect(await loaded(engine, s2.id, titles)).toEqual(records(30).slice(1));
    });
  });

  it('reads capitalised titles in any language as a header and backslash-escaped quotes', async () => {
    await withTempCase(async (engine, { work }) => {
      const people = syntheticPeople(20, 2);
      const text = ['Nachname;Vorname;Stadt', ...people.map((p) => `${p.nom};"${p.prenom} \\"der Große\\"";${p.ville}`)].join('\n') + '\n';
      const s = await engine.service.addSource({ path: writeInput(work, 'de.csv', text), kind: 'leak' });
      expect(s.rowsLoaded).toBe(20);
      expect(await loaded(engine, s.id, ['Nachname', 'Vorname', 'Stadt'])).toEqual(people.map((p) => [p.nom, `${p.prenom} "der Große"`, p.ville]));
    });
  });

  it('reads a bare list of emails as one column', async () => {
    await withTempCase(async (engine, { work }) => {
      const emails = syntheticPeople(50, 4).map((p) => p.email);
      const s = await engine.service.addSource({ path: writeInput(work, 'emails.txt', ['email', ...emails].join('\n') + '\n'), kind: 'leak' });
      expect(s.rowsLoaded).toBe(50);
      expect(await loaded(engine, s.id, ['email'])).toEqual(emails.map((e) => [e]));
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect(cov).toMatchObject({ rows: 50, subjects: 50, fields: [{ column: 'email', dataClass: 'Email addresses', populated: 1, valid: 1, distinct: 50 }] });
    });
  });

  it('keeps malformed rows as rejects with their line and what was expected', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = toDelimited(records(300), ';').split('\n');
      text[10] = 'Dupont;Jean;jean@example.fr;01/01/1970;1 rue X;surplus';
      text[20] = 'Solo';
      const file = writeInput(work, 'malformed.csv', text.join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'leak' });
      expect(s).toMatchObject({ rowsLoaded: 298, rowsRejected: 2 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects).toEqual([
        { line: 11, column: null, reason: 'expected 5 semicolon-separated fields, got 6', raw: text[10] },
        expect.objectContaining({ line: 21, reason: 'expected 5 semicolon-separated fields, got 1', raw: 'Solo' }),
      ]);
    });
  });

  it('refuses a binary file named .csv, naming it', async () => {
    await withTempCase(async (engine, { work }) => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
      const file = writeInput(work, 'fake.csv', bytes);
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(/fake\.csv: holds binary data/);
      expect(await engine.service.listSources({})).toEqual([]);
      const refused = await sqlOn<{ sha256: string }>(engine, `SELECT detail->>'sha256' AS sha256 FROM audit WHERE action = 'ingest_refused'`);
      expect(refused).toEqual([{ sha256: createHash('sha256').update(bytes).digest('hex') }]);
    });
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';
import { syntheticPeople } from '../../../testing/leak/syntheticPeople';
import { pgCopyField } from './pgCopyText';
import { corpusFile } from '../../../testing/corpusFile';

const people = syntheticPeople(40, 5);
/** A note with what COPY text must escape: a tab, a line break, a backslash, and what it need not: quotes and semicolons. */
const note = (i: number) => (i % 4 === 0 ? null : `it's #${i};\t"tab"\nnext \\ line`);
/** A value in COPY text format, as pg_dump writes it. */
const copyValue = (v: string | null) =>
  v === null ? '\\N' : v.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');

/** A pg_dump-like plain dump: a header, SET lines, two tables created then filled by COPY blocks, constraints after. */
function dump(): { text: string; lineOf: number[] } {
  const out: string[] = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    '',
    '-- Dumped from database version 15.4',
    "SET client_encoding = 'UTF8';",
    'SET standard_conforming_strings = on;',
    '',
    'CREATE TABLE public.clients (',
    '    id integer NOT NULL,',
    '    nom character varying(64),',
    '    email character varying(255),',
    '    note text',
    ');',
    '',
    'ALTER TABLE public.clients OWNER TO shop;',
    'CREATE TABLE public."Orders" (id integer, total numeric(10,2));',
    '',
    '--',
    '-- Data for Name: clients; Type: TABLE DATA; Schema: public; Owner: shop',
    '--',
    '',
    'COPY public.clients (id, nom, email, note) FROM stdin;',
  ];
  const lineOf: number[] = [];
  people.forEach((p, i) => {
    lineOf.push(out.length + 1);
    out.push([String(i + 1), p.nom, p.email, note(i)].map(copyValue).join('\t'));
  });
  out.push(
    '\\.',
    '',
    'COPY public."Orders" (id, total) FROM stdin;',
    '1\t12.50',
    '\\.',
    'COPY public.empty (y) FROM stdin;',
    '\\.',
    '',
    'ALTER TABLE ONLY public.clients ADD CONSTRAINT clients_pkey PRIMARY KEY (id);',
  );
  return { text: out.join('\n') + '\n', lineOf };
}

describe('leak PostgreSQL dump (pg_dump plain text)', () => {
  it('unescapes COPY text fields as PostgreSQL writes them', () => {
    expect(pgCopyField('\\N')).toBeNull();
    expect(pgCopyField('a\\tb\\nc\\\\d\\re')).toBe('a\tb\nc\\d\re');
    expect(pgCopyField('\\101\\x42\\q')).toBe('ABq');
    expect(pgCopyField('N')).toBe('N');
  });

  it('lists the tables it holds rows of, refuses to guess, then streams the chosen one with every escape undone and its lines', async () => {
    await withTempCase(async (engine, { work }) => {
      const { text, lineOf } = dump();
      const file = writeInput(work, 'shop.sql', text);
      const gz = writeInput(work, 'shop.sql.gz', gzipSync(Buffer.from(text)));
      expect(await engine.service.detectSource({ path: file, kind: 'leak' })).toMatchObject({
        format: 'leak-pgdump',
        choices: { table: ['clients', 'Orders'] },
      });
      await expect(engine.service.addSource({ path: file, kind: 'leak' })).rejects.toThrow(
        /shop\.sql: the dump holds 2 tables \(clients, Orders\); choose one/,
      );
      for (const f of [file, gz]) {
        const s = await engine.service.addSource({ path: f, kind: 'leak', options: { table: 'clients' } });
        expect(s).toMatchObject({ format: 'leak-pgdump', rowsLoaded: 40, rowsRejected: 0 });
        const rows = await sqlOn<Record<string, string | number | null>>(
          engine,
          `SELECT _line::INTEGER AS l, id, nom, email, note FROM leak_${s.id} ORDER BY _line`,
        );
        expect(rows).toEqual(people.map((p, i) => ({ l: lineOf[i], id: String(i + 1), nom: p.nom, email: p.email, note: note(i) })));
      }
      const [cov] = await engine.service.coverage({});
      expect(cov?.fields.find((f) => f.column === 'email')?.dataClass).toBe('Email addresses');
      const orders = await engine.service.addSource({ path: file, kind: 'leak', options: { table: 'Orders' } });
      expect(orders).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      expect(await sqlOn(engine, `SELECT id, total FROM leak_${orders.id}`)).toEqual([{ id: '1', total: '12.50' }]);
      await expect(engine.service.addSource({ path: file, kind: 'leak', options: { table: 'empty' } })).rejects.toThrow(
        /no rows for table "empty" in the dump; it holds rows of clients, Orders/,
      );
    });
  });

  it('rejects a row of the wrong width with its line, and refuses a dump cut inside the rows, naming the COPY line', async () => {
    await withTempCase(async (engine, { work }) => {
      const { text, lineOf } = dump();
      const lines = text.split('\n');
      lines[(lineOf[3] as number) - 1] = '4\tSolo\tsolo@example.fr';
      const s = await engine.service.addSource({
        path: writeInput(work, 'wide.sql', lines.join('\n')),
        kind: 'leak',
        options: { table: 'clients' },
        maxRejectShare: 0.1,
      });
      expect(s).toMatchObject({ rowsLoaded: 39, rowsRejected: 1 });
      expect((await engine.service.listRejects({ sourceId: s.id })).map((r) => [r.line, r.reason])).toEqual([
        [lineOf[3], 'expected 4 tab-separated values as in the COPY column list of line 23, got 3'],
      ]);
      const cut = text.slice(0, text.indexOf('\\.'));
      await expect(engine.service.addSource({ path: writeInput(work, 'cut.sql', cut), kind: 'leak' })).rejects.toThrow(
        /cut\.sql: the dump ends inside the rows of "clients" \(no \\\. line closes the COPY of line 23\)/,
      );
      expect((await engine.service.listSources({})).filter((x) => x.status === 'ready')).toHaveLength(1);
    });
  });

  it('reads a pg_dump written with INSERTs as SQL INSERTs, and sends a custom-format dump to pg_restore', async () => {
    await withTempCase(async (engine, { work }) => {
      const inserts = [
        '--',
        '-- PostgreSQL database dump',
        '--',
        'CREATE TABLE public.t (email text, nom text);',
        "INSERT INTO public.t VALUES ('a@example.com', 'O''Neill');",
        "INSERT INTO public.t VALUES ('b@example.com', NULL);",
        '',
      ];
      const s = await engine.service.addSource({ path: writeInput(work, 'ins.sql', inserts.join('\n')), kind: 'leak' });
      expect(s).toMatchObject({ rowsLoaded: 2 });
      expect(await sqlOn(engine, `SELECT email, nom FROM leak_${s.id} ORDER BY _line`)).toEqual([
        { email: 'a@example.com', nom: "O'Neill" },
        { email: 'b@example.com', nom: null },
      ]);
      const custom = writeInput(work, 'shop.dump', Buffer.concat([Buffer.from('PGDMP\x01\x0f\x00\x04\x08\x01\x01\x01', 'latin1'), Buffer.alloc(200)]));
      await expect(engine.service.addSource({ path: custom, kind: 'leak' })).rejects.toThrow(
        /shop\.dump: is a PostgreSQL custom-format dump \(pg_dump -Fc\), not .*; turn it into a plain SQL dump \(pg_restore -f dump\.sql FILE\)/,
      );
    });
  });

  it('reads a real pg_dump (Pagila, written by others): the customer table, its lines, e-mails and people', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('postgres_pagila_dump', 'pagila-data-cut.sql');
      expect(await engine.service.detectSource({ path: file, kind: 'leak' })).toMatchObject({
        format: 'leak-pgdump',
        choices: { table: ['actor', 'customer'] },
      });
      const s = await engine.service.addSource({ path: file, kind: 'leak', options: { table: 'customer' } });
      expect(s).toMatchObject({ rowsLoaded: 25, rowsRejected: 0 });
      const lines = await sqlOn<{ lo: number; hi: number; inactive: string }>(
        engine,
        `SELECT min(_line)::INTEGER AS lo, max(_line)::INTEGER AS hi, string_agg(first_name || ' ' || last_name, ',') FILTER (WHERE active = '0') AS inactive FROM leak_${s.id}`,
      );
      expect(lines).toEqual([{ lo: 56, hi: 80, inactive: 'SANDRA MARTIN' }]);
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect(cov).toMatchObject({ subjects: 25, subjectColumn: 'email' });
      expect(cov?.fields.find((f) => f.column === 'first_name')?.dataClass).toBe('Names');
    });
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** Sums the CSV in plain JS, independently of DuckDB, as the expected figures. */
function tally(file: string): { rows: number; bytes: number; users: Set<string> } {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const users = new Set<string>();
  let bytes = 0;
  for (const line of lines) {
    const [, user, b] = line.split(',');
    users.add(user as string);
    bytes += Number(b);
  }
  return { rows: lines.length, bytes, users };
}

describe('reference transfer CSV ingest', () => {
  it('loads every row with its bytes, records the source hash and leaves the input untouched', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'transfer.csv');
      writeDemoTransferCsv(file);
      const before = fs.statSync(file);
      const expected = tally(file);
      const sha = createHash('sha256').update(fs.readFileSync(file)).digest('hex');

      const source = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(source).toMatchObject({ kind: 'transfer', format: 'transfer-csv', rowsLoaded: expected.rows, rowsRejected: 0, sha256: sha, status: 'ready' });

      const [agg] = await sqlOn<{ n: number; bytes: number; users: number }>(
        engine,
        `SELECT count(*)::DOUBLE AS n, sum(bytes)::DOUBLE AS bytes, count(DISTINCT "user")::DOUBLE AS users FROM transfer WHERE source_id = $sourceId`,
        { sourceId: source.id },
      );
      expect(agg).toEqual({ n: expected.rows, bytes: expected.bytes, users: expected.users.size });
      const after = fs.statSync(file);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(sha);
    });
  });

  it('honours time-zone offsets and reads zone-less times as UTC', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 't.csv', 'timestamp,user_id,bytes_transferred\n2024-03-01T10:00:00+02:00,a,1\n2024-03-01 08:30:00,b,2\n');
      await engine.service.addSource({ path: file, kind: 'transfer' });
      const rows = await sqlOn<{ u: string; t: string }>(engine, `SELECT "user" AS u, strftime(ts AT TIME ZONE 'UTC', '%H:%M') AS t FROM transfer ORDER BY u`);
      expect(rows).toEqual([
        { u: 'a', t: '08:00' },
        { u: 'b', t: '08:30' },
      ]);
    });
  });

  it('refuses a malformed file naming file, line and expectation, and leaves the case unchanged', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = writeInput(work, 'good.csv', 'timestamp,user_id,bytes_transferred\n2024-03-01T10:00:00Z,a,5\n');
      await engine.service.addSource({ path: good, kind: 'transfer' });
      const bad = writeInput(work, 'bad.csv', 'timestamp,user_id,bytes_transferred\n2024-03-01T10:00:00Z,a,5\n2024-03-01T11:00:00Z,b,lots\n');

      await expect(engine.service.addSource({ path: bad, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /bad\.csv line 3: expected a whole number of bytes in column bytes_transferred, got a 4-character value of letters/,
      );
      const [counts] = await sqlOn<{ s: number; t: number }>(engine, `SELECT (SELECT count(*) FROM sources)::INTEGER AS s, (SELECT count(*) FROM transfer)::INTEGER AS t`);
      expect(counts).toEqual({ s: 1, t: 1 });

      const later = writeInput(work, 'later.csv', 'timestamp,user_id,bytes_transferred\n2024-03-02T10:00:00Z,c,7\n');
      expect((await engine.service.addSource({ path: later, kind: 'transfer' })).rowsLoaded).toBe(1);
    });
  });

  it('keeps a few malformed rows as rejects when they stay under the allowed share', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 200 }, (_, i) => `2024-03-01T10:${String(i % 60).padStart(2, '0')}:00Z,u${i},${i}`);
      rows[50] = 'not-a-time,u50,50';
      const file = writeInput(work, 'mostly.csv', ['timestamp,user_id,bytes_transferred', ...rows].join('\n') + '\n');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 199, rowsRejected: 1 });
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects).toHaveLength(1);
      expect(rejects[0]).toMatchObject({ line: 52, column: 'timestamp', raw: 'not-a-time,u50,50' });
    });
  });

  it('rejects a row whose user id holds a NUL byte, naming its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 200 }, (_, i) => `2024-03-01T10:00:00Z,u${i},${i}`);
      rows[9] = '2024-03-01T10:00:00Z,u\u0000x,9';
      const s = await engine.service.addSource({ path: writeInput(work, 'nul.csv', ['timestamp,user_id,bytes_transferred', ...rows].join('\n')), kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 199, rowsRejected: 1 });
      expect(await engine.service.listRejects({ sourceId: s.id })).toMatchObject([{ line: 11, column: 'user_id', reason: 'expected text in column user_id, found a NUL byte' }]);
      // Compressed, the hash pass cannot tell a NUL byte from the bytes it reads: the user ids are searched all the same.
      const packed = await engine.service.addSource({ path: writeInput(work, 'nul.csv.gz', zlib.gzipSync(['timestamp,user_id,bytes_transferred', ...rows].join('\n'))), kind: 'transfer' });
      expect(packed).toMatchObject({ rowsLoaded: 199, rowsRejected: 1 });
      expect(await engine.service.listRejects({ sourceId: packed.id })).toMatchObject([{ line: 11, column: 'user_id' }]);
    });
  });

  it('reads its three columns in any order and split by a semicolon, a tab or a bar, as the comma file loads', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 120 }, (_, i) => ({ t: `2024-03-01T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`, u: `u${i % 9}`, b: 1000 + i * 37 }));
      rows[40] = { t: 'soon', u: 'u4', b: 1 };
      const write = (name: string, delim: string, order: Array<'t' | 'u' | 'b'>) => {
        const names = { t: 'Timestamp', u: 'user_id', b: 'BYTES_TRANSFERRED' };
        return writeInput(work, name, [order.map((k) => names[k]).join(delim), ...rows.map((r) => order.map((k) => r[k]).join(delim))].join('\n') + '\n');
      };
      const totals = async (id: number) =>
        (await sqlOn<{ n: number; bytes: number; first: string }>(engine, `SELECT count(*)::DOUBLE AS n, sum(bytes)::DOUBLE AS bytes, min(ts)::VARCHAR AS first FROM transfer WHERE source_id = $id`, { id }))[0];
      const plain = await engine.service.addSource({ path: write('plain.csv', ',', ['t', 'u', 'b']), kind: 'transfer' });
      expect(plain).toMatchObject({ format: 'transfer-csv', rowsLoaded: 119, rowsRejected: 1 });
      for (const [name, delim, order] of [
        ['moved.csv', ',', ['u', 'b', 't']],
        ['semi.csv', ';', ['b', 't', 'u']],
        ['tab.tsv', '\t', ['t', 'u', 'b']],
        ['bar.txt', '|', ['u', 't', 'b']],
      ] as const) {
        const s = await engine.service.addSource({ path: write(name, delim, [...order]), kind: 'transfer' });
        expect(s, name).toMatchObject({ format: 'transfer-csv', rowsLoaded: 119, rowsRejected: 1 });
        expect(await totals(s.id), name).toEqual(await totals(plain.id));
        expect(await engine.service.listRejects({ sourceId: s.id }), name).toMatchObject([{ line: 42, column: 'timestamp', reason: expect.stringContaining('got a 4-character value of letters') }]);
      }
    });
  });

  it('reads times written as seconds (with or without a fraction) or milliseconds since 1970 as UTC, and rejects other numbers', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(
        work,
        'epoch.csv',
        'timestamp,user_id,bytes_transferred\n1709287200,a,1\n1709287200.5,b,2\n1709287200250,c,3\n2024-03-01T10:00:00Z,d,4\n20240301,e,5\n' +
          Array.from({ length: 200 }, (_, i) => `${1709287200 + i},f,${i}`).join('\n') + '\n',
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 204, rowsRejected: 1 });
      const rows = await sqlOn<{ u: string; t: string }>(engine, `SELECT "user" AS u, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t FROM transfer WHERE "user" <> 'f' ORDER BY u`);
      expect(rows).toEqual([
        { u: 'a', t: '2024-03-01 10:00:00.000' },
        { u: 'b', t: '2024-03-01 10:00:00.500' },
        { u: 'c', t: '2024-03-01 10:00:00.250' },
        { u: 'd', t: '2024-03-01 10:00:00.000' },
      ]);
      expect(await engine.service.listRejects({ sourceId: s.id })).toMatchObject([{ line: 6, column: 'timestamp', reason: expect.stringContaining('an 8-character value of digits') }]);
    });
  });

  it('refuses a file of another shape and an empty file before loading anything', async () => {
    await withTempCase(async (engine, { work }) => {
      const other = writeInput(work, 'other.csv', 'when,who,how_much\n1,2,3\n');
      await expect(engine.service.addSource({ path: other, kind: 'transfer' })).rejects.toThrow(/other\.csv line 1: not a recognised transfer format/);
      const empty = writeInput(work, 'empty.csv', '');
      await expect(engine.service.addSource({ path: empty, kind: 'transfer' })).rejects.toThrow(/empty\.csv: the file is empty/);
      const headerOnly = writeInput(work, 'header.csv', 'timestamp,user_id,bytes_transferred\n');
      await expect(engine.service.addSource({ path: headerOnly, kind: 'transfer' })).rejects.toThrow(/header\.csv: no data rows/);
      expect(await engine.service.listSources({})).toEqual([]);
    });
  });
});

describe('reference transfer CSV, gzip-compressed', () => {
  it('loads a gzip export whatever its name as the plain file loads, its rejects on the same lines', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = ['timestamp,user_id,bytes_transferred'];
      for (let i = 0; i < 200; i++) lines.push(`2024-03-01T${String(i % 24).padStart(2, '0')}:00:00Z,u${i % 7},${1000 + i}`);
      lines.splice(40, 0, 'not-a-time,u1,5');
      lines.splice(90, 0, '2024-03-01T01:00:00Z,u2,many');
      const text = `${lines.join('\n')}\n`;
      const plain = writeInput(work, 'plain.csv', text);
      const packed = writeInput(work, 'export.dat', zlib.gzipSync(Buffer.from(text)));
      const shapeOf = async (file: string) => {
        const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
        const [sum] = await sqlOn<{ n: number; b: number }>(engine, `SELECT count(*)::DOUBLE AS n, sum(bytes)::DOUBLE AS b FROM transfer WHERE source_id = $id`, { id: s.id });
        const rejects = await sqlOn<{ line: number }>(engine, `SELECT line::DOUBLE AS line FROM rejects WHERE source_id = $id ORDER BY line`, { id: s.id });
        return { format: s.format, rowsLoaded: s.rowsLoaded, rowsRejected: s.rowsRejected, sum, lines: rejects.map((r) => r.line) };
      };
      const fromPlain = await shapeOf(plain);
      expect(fromPlain).toMatchObject({ format: 'transfer-csv', rowsLoaded: 200, rowsRejected: 2, lines: [41, 91] });
      expect(await shapeOf(packed)).toEqual(fromPlain);
    });
  });
});

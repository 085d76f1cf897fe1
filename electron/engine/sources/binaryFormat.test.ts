import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../testing/corpusFile';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { binaryFormat } from './binaryFormat';

/** A ZIP holding empty stored members (local file headers only), enough for a head to name its members. */
function zipOf(names: string[]): Buffer {
  return Buffer.concat(
    names.map((n) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(Buffer.byteLength(n), 26);
      return Buffer.concat([header, Buffer.from(n, 'latin1')]);
    }),
  );
}

const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));

describe('binary inputs are named', () => {
  it('tells the formats from their magic bytes, and text from none of them', () => {
    const cases: Array<[Buffer, string | null]> = [
      [fs.readFileSync(corpusFile('windows_evtx', 'Security_short_selected.evtx')), 'EVTX'],
      [zipOf(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']), 'XLSX'],
      [zipOf(['[Content_Types].xml', 'word/document.xml']), 'DOCX'],
      [zipOf(['leak/users.csv']), 'ZIP'],
      [Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]), 'PDF'],
      [Buffer.concat([Buffer.from('SQLite format 3\0'), noise]), 'SQLite'],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise]), 'OLE2'],
      [Buffer.concat([Buffer.from([0, 0, 0, 0x30]), Buffer.from('LfLe'), noise]), 'EVT'],
      [Buffer.concat([Buffer.from([0xd4, 0xc3, 0xb2, 0xa1]), noise]), 'pcap'],
      [Buffer.from('email,password\na@example.com,x\n'), null],
      [Buffer.from('PK is not a zip\n'), null],
    ];
    expect(cases.map(([head]) => binaryFormat(head)?.format ?? null)).toEqual(cases.map(([, f]) => f));
  });

  it('refuses a damaged workbook as a leak, and a workbook, an archive, a PDF and a SQLite database by name with what to do as logs or leaks', async () => {
    await withTempCase(async (engine, { work }) => {
      const xlsx = writeInput(work, 'users.xlsx', Buffer.concat([zipOf(['[Content_Types].xml', 'xl/workbook.xml']), noise]));
      expect((await engine.service.detectSource({ path: xlsx, kind: 'leak' })).format).toBe('leak-xlsx');
      await expect(engine.service.addSource({ path: xlsx, kind: 'leak' })).rejects.toThrow(
        'users.xlsx: expected an XLSX workbook (a ZIP archive with a readable central directory); the file is cut or uses ZIP64.',
      );
      await expect(engine.service.addSource({ path: xlsx, kind: 'signin' })).rejects.toThrow(/^users\.xlsx: is an Excel workbook \(XLSX\), not a signin format Breachdesk reads/);
      const zip = writeInput(work, 'logs.zip', Buffer.concat([zipOf(['auth.log']), noise]));
      await expect(engine.service.addSource({ path: zip, kind: 'signin' })).rejects.toThrow(
        'logs.zip: is a ZIP archive, not a signin format Breachdesk reads; extract it and load the files inside one by one.',
      );
      const pdf = writeInput(work, 'report.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), noise]));
      await expect(engine.service.detectSource({ path: pdf, kind: 'transfer' })).rejects.toThrow(/^report\.pdf: is a PDF document, not a transfer format Breachdesk reads; export/);
      const db = writeInput(work, 'app.db', Buffer.concat([Buffer.from('SQLite format 3\0'), noise]));
      await expect(engine.service.addSource({ path: db, kind: 'leak' })).rejects.toThrow(/^app\.db: is a SQLite database, not delimited text; export each table as CSV/);
      expect(await engine.service.listSources({})).toEqual([]);
    });
  });

  it('points an EVTX loaded as a leak or transfers to sign-ins, in one short sentence', async () => {
    await withTempCase(async (engine) => {
      const evtx = corpusFile('windows_evtx', 'Security_short_selected.evtx');
      for (const kind of ['leak', 'transfer'] as const) {
        const refusal = engine.service.addSource({ path: evtx, kind });
        await expect(refusal).rejects.toThrow(/^Security_short_selected\.evtx: is a Windows event log file \(EVTX\), not .*; load it as sign-ins: Breachdesk reads its Security logon events\.$/);
        await expect(refusal).rejects.toSatisfy((e: Error) => e.message.length < 200);
      }
    });
  });
});

describe('gzip-compressed binary inputs are named too', () => {
  it('tells a gzip-compressed EVTX to be decompressed first, as sign-ins or as a leak', async () => {
    await withTempCase(async (engine, { work }) => {
      const gz = writeInput(work, 'Security.evtx.gz', gzipSync(fs.readFileSync(corpusFile('windows_evtx', 'Security_short_selected.evtx'))));
      const told = 'Security.evtx.gz: is a Windows event log file (EVTX) compressed with gzip, not ';
      const then = '; decompress it (gunzip -k), then load it as sign-ins: Breachdesk reads its Security logon events.';
      await expect(engine.service.addSource({ path: gz, kind: 'signin' })).rejects.toThrow(`${told}a signin format Breachdesk reads${then}`);
      await expect(engine.service.addSource({ path: gz, kind: 'leak' })).rejects.toThrow(`${told}delimited text${then}`);
    });
  });
});

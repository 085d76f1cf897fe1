import fs from 'node:fs';
import zlib from 'node:zlib';
import { chunkDecoder } from './chunkDecoder';
import type { LeakEncoding } from './detectEncoding';
import { splitTopLevel, tableOf, unquoteIdent } from './sqlDumpSyntax';

/** `COPY [schema.]table (col, …) FROM stdin;`, the line that opens a table's rows in a plain pg_dump. */
const copyStart = /^COPY\s+((?:"(?:[^"]|"")*"|[^\s(."]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[^\s(."]+))?)\s*(?:\((.*)\))?\s+FROM\s+stdin\b/i;

/** The table and columns a COPY line opens, or null for any other line. */
export function pgCopyStart(line: string): { table: string; columns: string[] | null } | null {
  const m = copyStart.exec(line);
  if (!m) return null;
  return { table: tableOf(m[1] as string), columns: m[2] === undefined ? null : splitTopLevel(m[2]).map(unquoteIdent) };
}

/** One line of a dump as `eachLine` gives it: its text (without the line break) and its 1-based number in the file. */
export interface DumpLine {
  text: string;
  line: number;
}

/** Streams a text file's lines, decoded from `encoding` and inflated when `gzip`, with their numbers; `onBytes` hears how far the file has been read (not for gzip, whose inflated bytes are not the file's). */
export async function* eachLine(file: string, encoding: LeakEncoding, gzip: boolean, onBytes?: (bytes: number) => void): AsyncGenerator<DumpLine> {
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const stream = gzip ? input.pipe(zlib.createGunzip()) : input;
  const decoder = chunkDecoder(encoding);
  let rest = '';
  let line = 0;
  let bytes = 0;
  const lines = function* (text: string, last: boolean): Generator<DumpLine> {
    const parts = (rest + text).split('\n');
    rest = last ? '' : (parts.pop() as string);
    for (const p of last && parts[parts.length - 1] === '' ? parts.slice(0, -1) : parts) yield { text: p.endsWith('\r') ? p.slice(0, -1) : p, line: ++line };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!gzip) onBytes?.((bytes += chunk.length));
      yield* lines(decoder.write(chunk), false);
    }
    yield* lines(decoder.end(), true);
  } finally {
    input.destroy();
  }
}

/** The tables a plain pg_dump holds rows of (its COPY … FROM stdin blocks with a row or more; pg_dump writes one for every table, empty or not), in order, by a streamed pass. */
export async function scanPgCopyTables(file: string, encoding: LeakEncoding, gzip: boolean): Promise<string[]> {
  const seen = new Set<string>();
  let block: string | null = null;
  for await (const { text } of eachLine(file, encoding, gzip)) {
    if (block !== null) {
      if (text === '\\.') block = null;
      else seen.add(block);
    } else if (text.charCodeAt(0) === 67 || text.charCodeAt(0) === 99) block = pgCopyStart(text)?.table ?? null;
  }
  return [...seen];
}

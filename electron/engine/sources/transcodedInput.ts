import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chunkDecoder } from './formats/leak/chunkDecoder';
import { decodeCp1252 } from './formats/leak/cp1252';
import { transcodeToUtf8 } from './formats/leak/transcodeToUtf8';
import { inflatedHead } from './binaryFormat';
import { isGzip } from './verifyGzip';
import { isWindows1252Text } from './windows1252Text';

/** A UTF-16 byte order, as the byte-order mark names it. */
export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * The UTF-16 byte order a log input's byte-order mark names, or null (why: Windows PowerShell 5's `>` and `Out-File`,
 * `Export-Csv -Encoding Unicode` and Excel's "Unicode Text" write UTF-16, which the log readers, DuckDB's among them,
 * read as UTF-8 only: such a file was refused as no known format).
 */
function utf16Of(head: Buffer): Utf16 | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** The first bytes of a UTF-16 input as UTF-8 without the byte-order mark: the head a loader detects and previews from. */
function utf8HeadOf(head: Buffer, encoding: Utf16): Buffer {
  const whole = head.subarray(0, head.length - (head.length % 2));
  return Buffer.from(chunkDecoder(encoding).write(whole).replace(/^\uFEFF/, ''), 'utf8');
}

/** A log input in another encoding than UTF-8, as a loader reads it: its encoding, whether it is gzip-compressed, and its first bytes decoded to UTF-8. */
export interface TranscodedInput {
  encoding: Utf16 | 'windows-1252';
  gzip: boolean;
  head: Buffer;
}

/**
 * A log input's first bytes read as UTF-16 (by its byte-order mark) or as Windows-1252 (isWindows1252Text), inflated
 * first when gzip-compressed, or null when they are UTF-8 (or binary).
 */
export function transcodedInputOf(head: Buffer): TranscodedInput | null {
  const gzip = isGzip(head);
  const text = gzip ? inflatedHead(head) : head;
  const utf16 = utf16Of(text);
  if (utf16) return { encoding: utf16, gzip, head: utf8HeadOf(text, utf16) };
  return isWindows1252Text(text) ? { encoding: 'windows-1252', gzip, head: Buffer.from(decodeCp1252(text), 'utf8') } : null;
}

/** A UTF-8 copy of an input in the case's temp folder, and how to remove it. */
export interface Utf8Copy {
  path: string;
  remove(): void;
}

/**
 * Streams a UTF-16 or Windows-1252 input (inflating it when gzip-compressed) into a UTF-8 copy inside the case's temp folder (where
 * DuckDB may read), line for line so line numbers hold; the input itself is never written, and it stays what is hashed
 * and recorded as the source.
 */
export async function utf8CopyOf(file: string, input: TranscodedInput, tempDir: string): Promise<Utf8Copy> {
  const out = path.join(tempDir, `input-${randomUUID()}.utf8.txt`);
  const remove = () => fs.rmSync(out, { force: true });
  try {
    await transcodeToUtf8(file, input.encoding, input.gzip, out);
  } catch (e) {
    remove();
    throw e;
  }
  return { path: out, remove };
}

import { binaryFormat, inflatedHead, type BinaryFormat } from '../../binaryFormat';
import { decodeCp1252 } from './cp1252';
import { detectEncoding, type LeakEncoding } from './detectEncoding';

/** What the first bytes of a leak file say about it: compression, encoding, decoded text head. */
export interface LeakSniff {
  gzip: boolean;
  parquet: boolean;
  /** A binary format named by its magic bytes (EVTX, ZIP, XLSX, PDF, SQLite…), or null. */
  binary: BinaryFormat | null;
  encoding: LeakEncoding;
  /** The decoded head without BOM; may end mid-line. */
  text: string;
  /** Offset of a NUL or other binary control byte that no text file holds, or -1. */
  binaryAt: number;
}

/** Sniffs a leak file's head: gzip is inflated in memory (head only), then the encoding is detected and decoded. */
export function sniffLeak(head: Buffer): LeakSniff {
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const raw = gzip ? inflatedHead(head).subarray(0, 256 * 1024) : head;
  const parquet = raw.subarray(0, 4).toString('latin1') === 'PAR1';
  const encoding = detectEncoding(raw);
  const text = (encoding === 'windows-1252' ? decodeCp1252(raw) : new TextDecoder(encoding).decode(raw)).replace(/^\uFEFF/, '');
  return { gzip, parquet, binary: binaryFormat(raw), encoding, text, binaryAt: parquet ? -1 : binaryOffset(text) };
}

/** Position of the first character a text file never holds (NUL and C0 controls other than tab, LF, VT, FF, CR, ESC), or -1. */
function binaryOffset(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) return i;
  }
  return -1;
}

import { isUtf8 } from 'node:buffer';
import { decodeCp1252 } from './cp1252';
import type { LeakSniff } from './sniffLeak';

/** How a MySQL/MariaDB dump's text is encoded, read from its head, why: its binary values make the head's own encoding guess (sniffLeak) unreliable. */
export interface DumpCharset {
  /** The dump says `SET NAMES latin1` (MySQL's latin1 is Windows-1252): every text value is read so. */
  latin1: boolean;
  /** The head is not UTF-8 yet holds no control byte: a legacy 8-bit text dump, whose non-UTF-8 values of a column of unknown type are Windows-1252 text, not binary. */
  legacyHead: boolean;
}

/** The dump's charset, from its head: mysqldump writes `/*!40101 SET NAMES … *\/` near the top. */
export function dumpCharset(sniff: LeakSniff): DumpCharset {
  return { latin1: /\bSET\s+NAMES\s+['"]?(?:latin1|cp1252)\b/i.test(sniff.text), legacyHead: sniff.encoding === 'windows-1252' && sniff.binaryAt < 0 };
}

/** Decodes statement text outside values (names, CREATE TABLE) from its bytes (char codes 0–255): UTF-8, else Windows-1252. */
export function dumpText(chars: string, charset: DumpCharset): string {
  if (!/[\x80-\xff]/.test(chars)) return chars;
  const raw = Buffer.from(chars, 'latin1');
  return !charset.latin1 && isUtf8(raw) ? raw.toString('utf8') : decodeCp1252(raw);
}

/** The encoding a dump's mapping names, why: its binary values make sniffLeak call a UTF-8 dump Windows-1252. */
export function dumpEncoding(sniff: LeakSniff, charset: DumpCharset): string {
  if (sniff.encoding === 'utf-16le' || sniff.encoding === 'utf-16be') return sniff.encoding;
  return charset.latin1 || charset.legacyHead ? 'windows-1252' : 'utf-8';
}

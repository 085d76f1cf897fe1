import { isUtf8 } from 'node:buffer';
import { binaryValueText } from './binaryValueText';
import { decodeCp1252 } from './cp1252';
import type { DumpCharset } from './dumpCharset';

/**
 * Reads one quoted value of a MySQL/MariaDB dump from its unescaped bytes (a string of char codes 0–255) as
 * mysqldump --hex-blob would have written it, why: without that option binary values are raw bytes in quotes, and a
 * SHA-1 column read as mojibake is neither a hash nor anything else. Hex digits for `_binary '…'`, for a column the
 * CREATE TABLE declares binary (`binary` true), and for bytes that are not UTF-8 in a column of unknown type; text
 * otherwise: UTF-8, or Windows-1252 in a latin1 dump, for `_latin1 '…'`, and for non-UTF-8 bytes of a text column.
 */
export function dumpLiteralText(bytes: string, introducer: string, binary: boolean | undefined, charset: DumpCharset): { text: string; hex: boolean } {
  if (introducer === '_binary' || binary === true) {
    const text = binaryValueText(bytes);
    return { text, hex: text !== bytes };
  }
  if (!/[\x80-\xff]/.test(bytes)) return { text: bytes, hex: false };
  const raw = Buffer.from(bytes, 'latin1');
  if (charset.latin1 || introducer === '_latin1') return { text: decodeCp1252(raw), hex: false };
  if (isUtf8(raw)) return { text: raw.toString('utf8'), hex: false };
  if (binary === false || charset.legacyHead) return { text: decodeCp1252(raw), hex: false };
  return { text: binaryValueText(bytes), hex: true };
}

import type { DelimitedShape } from './sniffDelimited';
import { splitRecords } from './splitRecords';

/** How a leak column is stored: a compression forced on it, or null to let DuckDB choose per segment. */
export type ColumnCompression = 'fsst' | 'uncompressed' | null;

/** Above this share of distinct values among the head's records a column is many-valued. */
const manyValuedShare = 0.25;

/** From this many bits of information per character (over its single characters) a column reads as random tokens. */
const randomBitsPerChar = 5.5;

/** Fewer head records than this say too little: every column is left to DuckDB. */
const fewestRecords = 20;

/** Shannon entropy, in bits per character, of the characters of `values` taken one by one. */
function bitsPerChar(values: string[]): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const v of values) {
    for (const ch of v) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      n++;
    }
  }
  let bits = 0;
  for (const k of counts.values()) bits -= (k / n) * Math.log2(k / n);
  return bits;
}

/**
 * How to store each column of a delimited leak, from the records of its head. Left to choose, DuckDB tries a dictionary
 * on every segment of every column, a large share of the copy's work where the values are one per person, so:
 * columns with few distinct values there (titles, cities) are left to DuckDB, which keeps their dictionary (it also
 * makes grouping them by value cheap); random tokens (password hashes, base64 blobs: about six bits per character)
 * are stored uncompressed, which FSST could barely shorten at a high cost; other many-valued columns (e-mails, dates)
 * use FSST outright in a case file of the v1.0 format (in a newer one, whose DICT_FSST is cheap, createLeakTable leaves
 * them to DuckDB). A speed choice only: the values stored are the same either way.
 */
export function columnCompression(text: string, shape: DelimitedShape): ColumnCompression[] {
  const records = splitRecords(text, shape.delim)
    .slice(shape.header ? 1 : 0)
    .filter((r) => r.length === shape.columns);
  return Array.from({ length: shape.columns }, (_, i): ColumnCompression => {
    if (records.length < fewestRecords) return null;
    const values = records.map((r) => r[i] as string);
    if (new Set(values).size <= values.length * manyValuedShare) return null;
    return bitsPerChar(values.filter((v) => v !== '')) >= randomBitsPerChar ? 'uncompressed' : 'fsst';
  });
}

import { looksLikeHeader } from './looksLikeHeader';
import { splitRecords } from './splitRecords';

/** The delimiters a leak's delimited text may use. */
export const leakDelimiters = [',', ';', '|', '\t'] as const;

/** How a delimited head reads: its delimiter, field count, header and how consistent its records are. */
export interface DelimitedShape {
  delim: string;
  columns: number;
  header: boolean;
  /** Share of head records with exactly `columns` fields. */
  consistency: number;
  titles: string[];
  /** The character escaping a quote inside a quoted field: '"' (doubled, RFC 4180) or a backslash. */
  escape: string;
}

/**
 * Picks the delimiter giving the most consistent field count (more than one field), then tells if a
 * header is present; text with no delimiter at all (a list of emails) reads as one column.
 */
export function sniffDelimited(text: string, forcedDelim?: string): DelimitedShape | null {
  let best: DelimitedShape | null = null;
  for (const delim of forcedDelim ? [forcedDelim] : leakDelimiters) {
    const records = splitRecords(text, delim);
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [columns, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] as [number, number];
    if (columns < 2 && !forcedDelim) continue;
    const consistency = n / records.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      const header = looksLikeHeader(records);
      best = { delim, columns, header, consistency, titles: header ? (records[0] as string[]) : [], escape: /\\"/.test(text) && !/[^\\,;|\t\r\n]""/.test(text) ? '\\' : '"' };
    }
  }
  if (!best) {
    const records = splitRecords(text, '\u0001');
    if (records.length > 0 && records.every((r) => r.length === 1)) {
      const header = looksLikeHeader(records);
      best = { delim: '\u0001', columns: 1, header, consistency: 1, titles: header ? (records[0] as string[]) : [], escape: '"' };
    }
  }
  return best;
}

/** A delimiter's name for messages. */
export function delimName(delim: string): string {
  return delim === '\u0001' ? 'none (one column)' : delim === '\t' ? 'tab' : delim === ',' ? 'comma' : delim === ';' ? 'semicolon' : delim === '|' ? 'pipe' : `"${delim}"`;
}

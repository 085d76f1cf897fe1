import type { Masker } from '../privacy/Masker';
import { maskedCsvLines } from './maskedCsvLines';

/** One side-file row as DuckDB streams it to its CSV line: its JSON columns (text) parsed, then masked by maskedCsvLines; the one rule whichever thread runs it. */
export function sideFileLines(columns: string[], masker: Masker | null, jsonColumns: readonly string[]): (row: unknown[]) => string {
  const line = maskedCsvLines(columns, masker);
  const jsonAt = jsonColumns.map((k) => columns.indexOf(k)).filter((i) => i >= 0);
  if (jsonAt.length === 0) return line;
  return (row) => line(row.map((v, i) => (jsonAt.includes(i) && typeof v === 'string' ? JSON.parse(v) : v)));
}

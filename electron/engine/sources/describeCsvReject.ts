import type { RejectedRow } from './Loader';
import { valueShape } from './valueShape';

/** One row of DuckDB's reject_errors table, as read back from a store_rejects scan. */
export interface DuckCsvReject {
  line: number;
  column_name: string | null;
  error_type: string;
  csv_line: string | null;
  error_message: string;
}

/** Turns DuckDB's CSV reject record into a sentence saying what was expected, for the analyst, never quoting the line's values. */
export function describeCsvReject(r: DuckCsvReject, expected: Record<string, string>): RejectedRow {
  const column = r.column_name ?? null;
  let reason: string;
  if (r.error_type === 'CAST' && column && expected[column]) {
    const got = /Could not convert string "(.*)" to/.exec(r.error_message)?.[1];
    reason = `expected ${expected[column]} in column ${column}${got === undefined ? '' : `, got ${valueShape(got)}`}`;
  } else if (r.error_type === 'TOO MANY COLUMNS' || r.error_type === 'MISSING COLUMNS') {
    reason = `expected ${Object.keys(expected).length} comma-separated fields (${r.error_type.toLowerCase()})`;
  } else if (r.error_type === 'UNQUOTED VALUE') {
    reason = 'expected a closing quote: the field has an unbalanced quote';
  } else if (r.error_type === 'INVALID UNICODE') {
    reason = 'expected UTF-8 text: the line holds invalid bytes';
  } else {
    reason = `expected a well-formed line (${r.error_type.toLowerCase()})${column ? ` in column ${column}` : ''}`;
  }
  return { line: Number(r.line), column, reason, raw: (r.csv_line ?? '').slice(0, 2000) };
}

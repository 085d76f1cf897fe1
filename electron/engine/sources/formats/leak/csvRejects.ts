import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../../sql/queryRows';
import type { RejectedRow } from '../../Loader';
import { linesAtBytes } from './linesAtBytes';

interface RawReject {
  pos: number;
  column_name: string | null;
  error_type: string;
  csv_line: string | null;
  error_message: string;
}

/** Reads DuckDB's CSV reject records (one per bad line, though DuckDB repeats a line per missing column) as rejects with physical line numbers and a reason saying what was expected, plus every refused line number. */
export async function csvRejects(
  c: DuckDBConnection,
  rejectsTable: string,
  read: { path: string; gzip: boolean },
  expectFields: string,
): Promise<{ rejects: RejectedRow[]; total: number; lines: number[] }> {
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(DISTINCT (scan_id, file_id, line_byte_position))::DOUBLE AS total FROM ${rejectsTable}`);
  const raw = await queryRows<RawReject>(
    c,
    `SELECT line_byte_position::DOUBLE AS pos, column_name, error_type::VARCHAR AS error_type, csv_line, error_message
     FROM ${rejectsTable}
     QUALIFY row_number() OVER (PARTITION BY scan_id, file_id, line_byte_position ORDER BY column_idx) = 1
     ORDER BY line LIMIT 10000`,
  );
  const positions = (await queryRows<{ pos: number }>(c, `SELECT DISTINCT line_byte_position::DOUBLE AS pos FROM ${rejectsTable} ORDER BY pos`)).map((r) => r.pos);
  const lines = await linesAtBytes(read.path, read.gzip, positions);
  const rejects = raw.map((r): RejectedRow => {
    const found = /Found: (\d+)/.exec(r.error_message)?.[1];
    let reason: string;
    if (r.error_type === 'MISSING COLUMNS' || r.error_type === 'TOO MANY COLUMNS') reason = `expected ${expectFields}, got ${found ?? 'a different number'}`;
    else if (r.error_type === 'UNQUOTED VALUE') reason = 'expected a closing quote: the field has an unbalanced quote';
    else if (r.error_type === 'INVALID UNICODE') reason = 'expected text in the detected encoding: the line holds invalid bytes';
    else if (r.error_type === 'LINE SIZE OVER MAXIMUM') reason = 'expected a line under the maximum line size';
    else reason = `expected a well-formed record (${r.error_type.toLowerCase()})${r.column_name ? ` in column ${r.column_name}` : ''}`;
    return { line: lines.get(r.pos) ?? 0, column: r.column_name, reason, raw: (r.csv_line ?? '').replace(/^\r?\n/, '').slice(0, 2000) };
  });
  await c.run(`DROP TABLE IF EXISTS ${rejectsTable}`);
  return { rejects, total, lines: [...new Set(lines.values())].sort((a, b) => a - b) };
}

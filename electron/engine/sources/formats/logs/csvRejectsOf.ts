import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import { describeCsvReject, type DuckCsvReject } from '../../describeCsvReject';
import type { RejectedRow } from '../../Loader';

/**
 * The lines DuckDB's CSV reader refused into `rejectsTable` while staging a file of text columns: the first 10 000
 * described (line, column, what was expected) and how many lines in all, so every stager reports them alike.
 */
export async function csvRejectsOf(c: DuckDBConnection, rejectsTable: string, columns: string[]): Promise<{ rows: RejectedRow[]; count: number }> {
  const raw = await queryRows<DuckCsvReject>(
    c,
    `SELECT line::BIGINT::DOUBLE AS line, column_name, error_type::VARCHAR AS error_type, csv_line, error_message FROM ${sqlIdent(rejectsTable)} ORDER BY line LIMIT 10000`,
  );
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(DISTINCT line)::DOUBLE AS total FROM ${sqlIdent(rejectsTable)}`);
  return { rows: raw.map((r) => describeCsvReject(r, Object.fromEntries(columns.map((name) => [name, 'text'])))), count: total };
}

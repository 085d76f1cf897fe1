import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../db/queryRows';
import { sqlIdent, sqlString } from '../../db/sqlString';
import { describeCsvReject, type DuckCsvReject } from '../describeCsvReject';
import type { RejectedRow } from '../Loader';

/** A CSV staged as text columns: its table, column names and the rows DuckDB's reader refused. */
export interface StagedCsv {
  columns: string[];
  rejects: RejectedRow[];
  rejected: number;
}

/**
 * Stages a headed CSV (delimiter sniffed, every column VARCHAR) as a temp table with `ln` (the record's
 * line, counting the refused lines; exact while records do not span lines) and `raw`; malformed rows are reported, not loaded.
 * `raw` is a virtual column, rendered only for the records something reads it for (the rejected ones), not stored for
 * every record; `ln` is the row number plus the header when DuckDB's reader refused no line.
 */
export async function stageCsv(c: DuckDBConnection, file: string, table: string): Promise<StagedCsv> {
  const docs = sqlIdent(`${table}_docs`);
  const rejectsTable = `${table}_rej`;
  await c.run(
    `CREATE TEMP TABLE ${docs} AS SELECT * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, max_line_size = 16777216,
       store_rejects = true, rejects_table = ${sqlString(rejectsTable)}, rejects_scan = ${sqlString(`${table}_scan`)})`,
  );
  const columns = (await queryRows<{ column_name: string }>(c, `SELECT column_name FROM (DESCRIBE ${docs})`)).map((r) => r.column_name);
  const { refused } = await queryOne<{ refused: number }>(c, `SELECT count(*)::DOUBLE AS refused FROM ${sqlIdent(rejectsTable)}`);
  const skipped = `(SELECT line - 2 - (row_number() OVER (ORDER BY line) - 1) AS g FROM (SELECT DISTINCT line FROM ${sqlIdent(rejectsTable)}))`;
  const cols = columns.map(sqlIdent);
  await c.run(
    `CREATE TEMP TABLE ${sqlIdent(table)} (ln BIGINT, ${cols.map((col) => `${col} VARCHAR`).join(', ')},
       raw VARCHAR GENERATED ALWAYS AS (CAST(struct_pack(${cols.map((col) => `${col} := ${col}`).join(', ')}) AS VARCHAR)) VIRTUAL)`,
  );
  await c.run(
    `INSERT INTO ${sqlIdent(table)} (ln, ${cols.join(', ')})
     SELECT i + 2${refused ? ` + (SELECT count(*) FROM ${skipped} WHERE g <= i)` : ''} AS ln, * EXCLUDE (i) FROM (
       SELECT rowid - (SELECT min(rowid) FROM ${docs}) AS i, d.* FROM ${docs} d)`,
  );
  await c.run(`DROP TABLE ${docs}`);
  const raw = await queryRows<DuckCsvReject>(
    c,
    `SELECT line::BIGINT::DOUBLE AS line, column_name, error_type::VARCHAR AS error_type, csv_line, error_message FROM ${sqlIdent(rejectsTable)} ORDER BY line LIMIT 10000`,
  );
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(DISTINCT line)::DOUBLE AS total FROM ${sqlIdent(rejectsTable)}`);
  return { columns, rejects: raw.map((r) => describeCsvReject(r, Object.fromEntries(columns.map((name) => [name, 'text'])))), rejected: total };
}

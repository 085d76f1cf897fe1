import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import { csvRejectsOf } from './csvRejectsOf';
import type { RejectedRow } from '../../Loader';
import { isGzipFile } from '../../verifyGzip';

/** A CSV staged as text columns: its table, column names and the rows DuckDB's reader refused. */
export interface StagedCsv {
  columns: string[];
  rejects: RejectedRow[];
  rejected: number;
  /** When the view streams the file instead of a copy: the table where DuckDB's reader will record the lines it refuses. */
  direct?: string;
}

/**
 * How a staged CSV is read: a header, every column text, records of up to 16 MB, in buffers of twice that (why: DuckDB's
 * default buffer is sixteen times the longest record, which would make the sniff read the first 256 MB of a large file).
 */
const csvOptions = 'header = true, all_varchar = true, max_line_size = 16777216, buffer_size = 33554432';

/** How a CSV is staged: `copy` loads it into a temp table first; `direct` makes the view read the file as it is scanned, once (see loadMappedDirect). */
export type CsvStaging = 'copy' | 'direct';

/**
 * Stages a headed CSV (delimiter sniffed, every column VARCHAR) as the temp view `table` over the loaded temp table
 * `<table>_docs`, adding `ln` (the record's line, counting the refused lines; exact while records do not span lines) and
 * `raw`; malformed rows are reported, not loaded. Both are computed when read, so `raw` is rendered only for the records
 * something reads it for (the rejected ones), and no second copy of the file is written (a copy would be a large share
 * of the ingest's work); `ln` is the row number plus the header when DuckDB's reader refused no line. Drop with dropStaged.
 */
export async function stageCsv(c: DuckDBConnection, file: string, table: string, staging: CsvStaging = 'copy'): Promise<StagedCsv> {
  const csvRead = `${csvOptions}, compression = '${isGzipFile(file) ? 'gzip' : 'none'}'`;
  if (staging === 'direct') return streamCsv(c, file, table, csvRead);
  const docs = sqlIdent(`${table}_docs`);
  const rejectsTable = `${table}_rej`;
  await c.run(
    `CREATE TEMP TABLE ${docs} AS SELECT * FROM read_csv(${sqlString(file)}, ${csvRead},
       store_rejects = true, rejects_table = ${sqlString(rejectsTable)}, rejects_scan = ${sqlString(`${table}_scan`)})`,
  );
  const columns = (await queryRows<{ column_name: string }>(c, `SELECT column_name FROM (DESCRIBE ${docs})`)).map((r) => r.column_name);
  const { refused } = await queryOne<{ refused: number }>(c, `SELECT count(*)::DOUBLE AS refused FROM ${sqlIdent(rejectsTable)}`);
  const skipped = `(SELECT line - 2 - (row_number() OVER (ORDER BY line) - 1) AS g FROM (SELECT DISTINCT line FROM ${sqlIdent(rejectsTable)}))`;
  const cols = columns.map(sqlIdent);
  await c.run(
    `CREATE TEMP VIEW ${sqlIdent(table)} AS
     SELECT i + 2${refused ? ` + (SELECT count(*) FROM ${skipped} WHERE g <= i)` : ''} AS ln, * EXCLUDE (i),
       CAST(struct_pack(${cols.map((col) => `${col} := ${col}`).join(', ')}) AS VARCHAR) AS raw
     FROM (SELECT rowid - (SELECT min(rowid) FROM ${docs}) AS i, d.* FROM ${docs} d)`,
  );
  const rejected = await csvRejectsOf(c, rejectsTable, columns);
  return { columns, rejects: rejected.rows, rejected: rejected.count };
}

/** The dialect and columns DuckDB's sniffer finds in a CSV, as sniff_csv reports them ('(empty)' for an unset character). */
interface SniffedCsv {
  Delimiter: string;
  Quote: string;
  Escape: string;
  NewLineDelimiter: string;
  Comment: string;
  SkipRows: number;
  names: string[];
}

/**
 * Stages a headed CSV as the temp view `table` that reads the file when scanned (every column VARCHAR, `ln` and `raw`
 * left NULL), for a load that scans it once; the lines DuckDB's reader refuses go to the returned table. The file is
 * sniffed once and the view reads it with what the sniff found, as sniff_csv's own prompt does (why: a read_csv left to
 * detect its dialect sniffs the file again each time a statement binds it).
 */
async function streamCsv(c: DuckDBConnection, file: string, table: string, csvRead: string): Promise<StagedCsv> {
  const refused = `${table}_refused`;
  const s = await queryOne<SniffedCsv>(
    c,
    `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows::DOUBLE AS SkipRows, [col.name FOR col IN Columns] AS names
     FROM sniff_csv(${sqlString(file)}, ${csvRead})`,
  );
  const char = (v: string) => sqlString(v === '(empty)' ? '' : v);
  const columns = [...s.names];
  await c.run(
    `CREATE TEMP VIEW ${sqlIdent(table)} AS
     SELECT NULL::BIGINT AS ln, *, NULL::VARCHAR AS raw
     FROM read_csv(${sqlString(file)}, ${csvRead}, auto_detect = false, delim = ${char(s.Delimiter)}, quote = ${char(s.Quote)},
       escape = ${char(s.Escape)}, new_line = ${char(s.NewLineDelimiter)}, skip = ${Math.trunc(s.SkipRows)}, comment = ${char(s.Comment)},
       columns = {${columns.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ')}},
       store_rejects = true, rejects_table = ${sqlString(refused)}, rejects_scan = ${sqlString(`${table}_refused_scan`)})`,
  );
  return { columns, rejects: [], rejected: 0, direct: refused };
}

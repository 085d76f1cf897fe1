import { sqlString } from '../sql/sqlString';
import { queryOne, queryRows } from '../sql/queryRows';
import { describeCsvReject, type DuckCsvReject } from './describeCsvReject';
import { findLines } from './findLines';
import { isGzipFile } from './verifyGzip';
import { firstLine } from './firstLine';
import type { Loader } from './Loader';
import { valueShape } from './valueShape';
import { epochTimeSql } from './formats/logs/epochTimeSql';

const header = ['timestamp', 'user_id', 'bytes_transferred'];
const expected = {
  timestamp: 'a timestamp (ISO 8601, or seconds or milliseconds since 1970; zone-less times are read as UTC)',
  user_id: 'a user id',
  bytes_transferred: 'a whole number of bytes',
};

/** How one reference transfer CSV spells its header: the delimiter and the three columns in the file's order. */
interface ReferenceHeader {
  delim: string;
  order: string[];
}

/**
 * The header of a reference transfer log: exactly its three column names, in any order and case, split by a comma,
 * a semicolon, a tab or a bar (a spreadsheet saved with a regional list separator, or columns moved, names the same
 * three facts); null for any other first line.
 */
function referenceHeader(head: Buffer): ReferenceHeader | null {
  const line = firstLine(head);
  for (const delim of [',', ';', '\t', '|']) {
    const order = line.split(delim).map((s) => s.trim().replace(/^"|"$/g, '').toLowerCase());
    if (order.length === header.length && header.every((h) => order.includes(h))) return { delim, order };
  }
  return null;
}

/** Stands in for an unreadable timestamp during the single insert pass; those rows are deleted and reported before the commit (counted by value, so the min/max of each row group skips the scan). */
const unreadableTime = `'infinity'::TIMESTAMPTZ`;
/** Stands in, the same way, for the readable time of a row whose user id holds a NUL byte (no readable time is -infinity: it reads as unreadable); set after the insert, and only when the input holds a NUL byte at all. */
const nulUserTime = `'-infinity'::TIMESTAMPTZ`;

/**
 * Loads the reference transfer log `timestamp,user_id,bytes_transferred` (its columns in any order, split by any
 * common delimiter) with DuckDB's native CSV reader. `action` stays NULL because the file names none (writing a
 * constant 'transfer' into every row costs CPU and says nothing).
 */
export const referenceTransferCsv: Loader = {
  format: 'transfer-csv',
  kind: 'transfer',
  label: 'Transfer log CSV (timestamp,user_id,bytes_transferred)',
  readsGzip: true,
  detect(head) {
    return referenceHeader(head) !== null;
  },
  preview() {
    return { mapping: { ts: 'timestamp', user: 'user_id', bytes: 'bytes_transferred' }, notes: ['Zone-less times are read as UTC; times written as seconds or milliseconds since 1970 too.'] };
  },
  async load({ c, file, sourceId, nulFree, head }) {
    // A file forced into this format (--format transfer-csv) whose header names other columns is read by position, as before.
    const shape = referenceHeader(head) ?? { delim: ',', order: header };
    const types: Record<string, string> = { timestamp: 'VARCHAR', user_id: 'VARCHAR', bytes_transferred: 'BIGINT' };
    const columns = `{${shape.order.map((name) => `${sqlString(name)}: ${sqlString(types[name] ?? 'VARCHAR')}`).join(', ')}}`;
    const timeAt = shape.order.indexOf('timestamp');
    const rejectsTable = `rej_errors_${sourceId}`;
    const scansTable = `rej_scans_${sourceId}`;
    // A rotated or shipped export may be gzip-compressed whatever its name: DuckDB is told, not left to guess by extension.
    const gzip = isGzipFile(file);
    const scan = `read_csv(${sqlString(file)}, header = true, delim = ${sqlString(shape.delim)}, quote = '"', escape = '"', compression = ${sqlString(gzip ? 'gzip' : 'none')},
      columns = ${columns},
      store_rejects = true, rejects_table = ${sqlString(rejectsTable)}, rejects_scan = ${sqlString(scansTable)})`;
    const inserted = await c.run(
      `INSERT INTO transfer (ts, "user", bytes, object, source_id)
       SELECT t, user_id, bytes_transferred, CASE WHEN t = ${unreadableTime} THEN coalesce("timestamp", '') END, $sourceId
       FROM (SELECT *, CASE WHEN isfinite(p) THEN p ELSE ${unreadableTime} END AS t
             FROM (SELECT *, coalesce(try_cast("timestamp" AS TIMESTAMPTZ), ${epochTimeSql('"timestamp"')}) AS p FROM ${scan}))`,
      { sourceId },
    );
    // The hash pass has read the whole file by now (it reads far faster than DuckDB loads): a file without a NUL byte
    // needs no search of its user ids; any other marks the rows whose user id holds one.
    if (!(await nulFree?.())) {
      await c.run(`UPDATE transfer SET ts = ${nulUserTime} WHERE source_id = $sourceId AND ts <> ${unreadableTime} AND contains("user", chr(0))`, { sourceId });
    }
    const badWhere = `source_id = $sourceId AND (ts = ${unreadableTime} OR ts = ${nulUserTime})`;
    const { badTimeRows, nulRows } = await queryOne<{ badTimeRows: number; nulRows: number }>(
      c,
      `SELECT (SELECT count(*) FROM transfer WHERE source_id = $sourceId AND ts = ${unreadableTime})::DOUBLE AS "badTimeRows",
              (SELECT count(*) FROM transfer WHERE source_id = $sourceId AND ts = ${nulUserTime})::DOUBLE AS "nulRows"`,
      { sourceId },
    );
    const badTimes = badTimeRows === 0 ? [] : await queryRows<{ v: string }>(c, `SELECT DISTINCT object AS v FROM transfer WHERE source_id = $sourceId AND ts = ${unreadableTime} LIMIT 1000`, { sourceId });
    const deleted = badTimeRows + nulRows === 0 ? 0 : (await c.run(`DELETE FROM transfer WHERE ${badWhere}`, { sourceId })).rowsChanged;
    const badSet = new Set(badTimes.map((b) => b.v));
    const timeRejects =
      badTimeRows === 0
        ? []
        : (await findLines(file, (line) => badSet.has(line.split(shape.delim)[timeAt]?.replace(/^"|"$/g, '') ?? ''), 10000, gzip))
            .filter((l) => l.line > 1)
            .map((l) => ({ line: l.line, column: 'timestamp', reason: `expected ${expected.timestamp} in column timestamp, got ${valueShape(l.text.split(shape.delim)[timeAt] ?? '')}`, raw: l.text }));
    const nulRejects =
      nulRows === 0
        ? []
        : (await findLines(file, (line) => line.includes('\0'), 10000, gzip))
            .filter((l) => l.line > 1)
            .map((l) => ({ line: l.line, column: 'user_id', reason: 'expected text in column user_id, found a NUL byte', raw: l.text.replaceAll('\0', '\\0') }));
    const raw = await queryRows<DuckCsvReject>(
      c,
      `SELECT line::BIGINT::DOUBLE AS line, column_name, error_type::VARCHAR AS error_type, csv_line, error_message
       FROM ${rejectsTable} ORDER BY line LIMIT 10000`,
    );
    const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM ${rejectsTable}`);
    return {
      rowsLoaded: inserted.rowsChanged - deleted,
      rejects: [...raw.map((r) => describeCsvReject(r, expected)), ...timeRejects, ...nulRejects].sort((a, b) => a.line - b.line),
      rowsRejected: total + badTimeRows + nulRows,
      mapping: {
        ts: 'timestamp',
        user: 'user_id',
        bytes: 'bytes_transferred',
        timezone: 'UTC unless the value has an offset (seconds or milliseconds since 1970: UTC)',
        ...(shape.delim === ',' ? {} : { delimiter: shape.delim === '\t' ? 'tab' : shape.delim }),
      },
    };
  },
};

import fs from 'node:fs';
import zlib from 'node:zlib';
import type { DuckDBAppender } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import type { LoadJob, Loader, LoadOutcome, RejectedRow } from '../../Loader';
import { chunkDecoder } from './chunkDecoder';
import { columnNames } from './columnNames';
import { dumpCharset, dumpEncoding, dumpText } from './dumpCharset';
import { dumpLiteralText } from './dumpLiteralText';
import { leakTable } from './leakTable';
import { parseSqlRows, type SqlLiteral } from './parseSqlRows';
import { refuseBinary } from './refuseBinary';
import { scanDumpTables } from './scanDumpTables';
import { sniffLeak, type LeakSniff } from './sniffLeak';
import { parseCreateTable, parseInsertHead } from './sqlDumpSyntax';
import { SqlStatementSplitter, type SqlStatement } from './SqlStatementSplitter';

/** Picks the dump table to load: the analyst's choice, else the only one; refuses listing them when there are several. */
async function chooseTable(job: LoadJob, sniff: LeakSniff): Promise<string> {
  const chosen = job.options.table;
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  const tables = await scanDumpTables(job.file, sniff.gzip, sniff.encoding);
  if (tables.length === 1) return tables[0] as string;
  if (tables.length === 0) throw new UserError('bad_input', `${job.displayName}: no CREATE TABLE or INSERT INTO statement found; expected a MySQL/MariaDB dump.`);
  throw new UserError('invalid_argument', `${job.displayName}: the dump holds ${tables.length} tables (${tables.join(', ')}); choose one with the option "table".`);
}

/** The chunks of a dump as byte strings (char codes 0–255, so binary values survive and offsets are bytes): UTF-16 re-encoded as UTF-8, a UTF-8 BOM dropped. */
function byteChunks(sniff: LeakSniff): { write(chunk: Buffer): string; end(): string } {
  const utf16 = sniff.encoding === 'utf-16le' || sniff.encoding === 'utf-16be' ? chunkDecoder(sniff.encoding) : null;
  let first = true;
  return {
    write(chunk) {
      const bytes = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
      first = false;
      return utf16 ? Buffer.from(utf16.write(bytes), 'utf8').toString('latin1') : bytes.toString('latin1');
    },
    end: () => (utf16 ? Buffer.from(utf16.end(), 'utf8').toString('latin1') : ''),
  };
}

/**
 * Streams one table of a dump into `leak_<id>` through DuckDB's appender, rows that do not fit becoming rejects. The
 * dump is split and parsed as bytes: names and text values are decoded, binary values read as hex (dumpLiteralText).
 */
async function loadTable(job: LoadJob, table: string, gzip: boolean): Promise<LoadOutcome> {
  const sniff = sniffLeak(job.head);
  const charset = dumpCharset(sniff);
  const decoder = byteChunks(sniff);
  const splitter = new SqlStatementSplitter();
  const rejects: RejectedRow[] = [];
  let rowsRejected = 0;
  let rowsLoaded = 0;
  let declared: string[] | null = null;
  let binary: boolean[] | null = null;
  let names: string[] | null = null;
  let appender: DuckDBAppender | null = null;
  const hexByColumn = new Map<number, number>();
  let rowHex: number[] = [];
  const reject = (line: number, reason: string, raw: string) => {
    rowsRejected++;
    if (rejects.length < 10000) rejects.push({ line, column: null, reason, raw: raw.slice(0, 2000) });
  };
  const ensureTable = async (columns: string[]) => {
    if (appender) return appender;
    declared = columns;
    names = columnNames(columns, columns.length);
    await job.c.run(`CREATE TABLE ${leakTable(job.sourceId)} (_line BIGINT, ${names.map((n) => `${sqlIdent(n)} VARCHAR`).join(', ')})`);
    appender = await job.c.createAppender(`leak_${job.sourceId}`);
    return appender;
  };
  const handle = async (stmt: SqlStatement, openQuote: boolean) => {
    const create = /^CREATE\s/i.test(stmt.text) ? parseCreateTable(dumpText(stmt.text, charset)) : null;
    if (create) {
      if (create.table === table && !appender) {
        binary = create.binary;
        await ensureTable(create.columns);
      }
      return;
    }
    const head = parseInsertHead(stmt.text);
    if (!head || dumpText(head.table, charset) !== table) return;
    const headColumns = head.columns?.map((c) => dumpText(c, charset)) ?? null;
    // The declared column of the row's j-th value: its position in the table (the INSERT's own order without a CREATE TABLE).
    const slot = (j: number): number => (declared && headColumns ? declared.indexOf(headColumns[j] ?? '') : j);
    const literal: SqlLiteral = (chars, introducer, j) => {
      const k = slot(j);
      const read = dumpLiteralText(chars, introducer, k >= 0 ? binary?.[k] : undefined, charset);
      if (read.hex) rowHex.push(k);
      return read.text;
    };
    let target: string[] | null = declared;
    for (const row of parseSqlRows(stmt.text, head.valuesAt, stmt.line, literal)) {
      const hexSlots = rowHex;
      rowHex = [];
      if ('error' in row) {
        reject(row.line, openQuote ? 'expected a closing quote: the dump ends inside a value' : row.error, dumpText(row.raw, charset));
        continue;
      }
      if (!target) target = headColumns ?? row.values.map((_, i) => `col${i + 1}`);
      const app = await ensureTable(target);
      const cols = declared as unknown as string[];
      const order = headColumns ? headColumns.map((c) => cols.indexOf(c)) : cols.map((_, i) => i);
      const width = headColumns ? headColumns.length : cols.length;
      if (row.values.length !== width || order.some((k) => k < 0)) {
        const source = headColumns ? 'the INSERT column list' : `CREATE TABLE \`${table}\``;
        reject(row.line, `expected ${width} values as in ${source}, got ${row.values.length}`, `(${row.values.map((v) => (v === null ? 'NULL' : v)).join(',')})`);
        continue;
      }
      const cells: Array<string | null> = cols.map(() => null);
      order.forEach((k, j) => (cells[k] = row.values[j] ?? null));
      app.appendBigInt(BigInt(row.line));
      for (const v of cells) {
        if (v === null) app.appendNull();
        else app.appendVarchar(v);
      }
      app.endRow();
      rowsLoaded++;
      for (const k of hexSlots) hexByColumn.set(k, (hexByColumn.get(k) ?? 0) + 1);
    }
  };
  const input = fs.createReadStream(job.file, { flags: 'r', highWaterMark: 1 << 20 });
  const stream = gzip ? input.pipe(zlib.createGunzip()) : input;
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (job.progress?.signal.aborted) throw new UserError('bad_input', `${job.displayName}: cancelled by the analyst.`);
      bytes += chunk.length;
      for (const stmt of splitter.feed(decoder.write(chunk))) await handle(stmt, false);
      if (job.progress && !gzip) job.progress.loadShare = bytes / Math.max(1, fs.statSync(job.file).size);
    }
    for (const stmt of splitter.feed(decoder.end())) await handle(stmt, false);
    const { last, openQuote } = splitter.end();
    if (last) await handle(last, openQuote);
  } finally {
    input.destroy();
    const app = appender as DuckDBAppender | null;
    if (app) {
      app.flushSync();
      app.closeSync();
    }
  }
  if (!names) throw new UserError('bad_input', `${job.displayName}: no rows for table "${table}" in the dump.`);
  const loaded: string[] = names;
  const hex = [...hexByColumn].sort(([a], [b]) => a - b).map(([k, n]) => `${loaded[k] ?? `col${k + 1}`} ${n}`);
  return {
    rowsLoaded,
    rejects,
    rowsRejected,
    mapping: { container: 'MySQL/MariaDB dump', table, encoding: dumpEncoding(sniff, charset), gzip, columns: names },
    ...(hex.length > 0 ? { message: `Binary values read as their hex digits, as mysqldump --hex-blob writes them: ${hex.join(', ')}.` } : {}),
  };
}

/** Loads one table of a MySQL/MariaDB dump (CREATE TABLE + multi-row INSERT … VALUES), streamed, gzip too. */
export const leakSqlDump: Loader = {
  format: 'leak-sql',
  kind: 'leak',
  label: 'MySQL/MariaDB dump (CREATE TABLE + INSERT … VALUES), gzip too',
  detect(head) {
    const sniff = sniffLeak(head);
    if (sniff.parquet || sniff.binary) return false;
    const statement = sniff.text.search(/\b(CREATE\s+TABLE|INSERT\s+INTO)\b/i);
    // Binary bytes may follow the first statement (raw BINARY/BLOB values), never precede it.
    return /^\s*(--|\/\*|#|SET\s|CREATE\s|INSERT\s|DROP\s|LOCK\s|USE\s)/i.test(sniff.text) && statement >= 0 && (sniff.binaryAt < 0 || sniff.binaryAt > statement);
  },
  async preview(head, file) {
    const sniff = sniffLeak(head);
    const tables = await scanDumpTables(file, sniff.gzip, sniff.encoding);
    return {
      mapping: { container: 'MySQL/MariaDB dump', tables: tables.join(', '), encoding: dumpEncoding(sniff, dumpCharset(sniff)) + (sniff.gzip ? ', gzip' : '') },
      choices: { table: tables },
      notes: tables.length > 1 ? ['The dump holds several tables: choose the one to load.'] : [],
    };
  },
  async load(job) {
    const sniff = sniffLeak(job.head);
    refuseBinary({ ...sniff, binaryAt: -1 }, job.displayName, 'a SQL dump');
    return loadTable(job, await chooseTable(job, sniff), sniff.gzip);
  },
};

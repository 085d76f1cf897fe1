import fs from 'node:fs';
import zlib from 'node:zlib';
import type { DuckDBAppender } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import type { LoadJob, Loader, LoadOutcome, RejectedRow } from '../../Loader';
import { chunkDecoder } from './chunkDecoder';
import { columnNames } from './columnNames';
import { leakTable } from './leakTable';
import { parseSqlRows } from './parseSqlRows';
import { refuseBinary } from './refuseBinary';
import { scanDumpTables } from './scanDumpTables';
import { sniffLeak } from './sniffLeak';
import { parseCreateTable, parseInsertHead } from './sqlDumpSyntax';
import { SqlStatementSplitter, type SqlStatement } from './SqlStatementSplitter';

/** Picks the dump table to load: the analyst's choice, else the only one; refuses listing them when there are several. */
async function chooseTable(job: LoadJob, gzip: boolean): Promise<string> {
  const chosen = job.options.table;
  if (typeof chosen === 'string' && chosen !== '') return chosen;
  const tables = await scanDumpTables(job.file, gzip);
  if (tables.length === 1) return tables[0] as string;
  if (tables.length === 0) throw new UserError('bad_input', `${job.displayName}: no CREATE TABLE or INSERT INTO statement found; expected a MySQL/MariaDB dump.`);
  throw new UserError('invalid_argument', `${job.displayName}: the dump holds ${tables.length} tables (${tables.join(', ')}); choose one with the option "table".`);
}

/** Streams one table of a dump into `leak_<id>` through DuckDB's appender, rows that do not fit becoming rejects. */
async function loadTable(job: LoadJob, table: string, gzip: boolean): Promise<LoadOutcome> {
  const sniff = sniffLeak(job.head);
  const decoder = chunkDecoder(sniff.encoding);
  const splitter = new SqlStatementSplitter();
  const rejects: RejectedRow[] = [];
  let rowsRejected = 0;
  let rowsLoaded = 0;
  let declared: string[] | null = null;
  let names: string[] | null = null;
  let appender: DuckDBAppender | null = null;
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
    const create = parseCreateTable(stmt.text);
    if (create) {
      if (create.table === table && !appender) await ensureTable(create.columns);
      return;
    }
    const head = parseInsertHead(stmt.text);
    if (!head || head.table !== table) return;
    let target: string[] | null = declared;
    for (const row of parseSqlRows(stmt.text, head.valuesAt, stmt.line)) {
      if ('error' in row) {
        reject(row.line, openQuote ? 'expected a closing quote: the dump ends inside a value' : row.error, row.raw);
        continue;
      }
      if (!target) target = head.columns ?? row.values.map((_, i) => `col${i + 1}`);
      const app = await ensureTable(target);
      const cols = declared as unknown as string[];
      const order = head.columns ? head.columns.map((c) => cols.indexOf(c)) : cols.map((_, i) => i);
      const width = head.columns ? head.columns.length : cols.length;
      if (row.values.length !== width || order.some((k) => k < 0)) {
        const source = head.columns ? 'the INSERT column list' : `CREATE TABLE \`${table}\``;
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
  return { rowsLoaded, rejects, rowsRejected, mapping: { container: 'MySQL/MariaDB dump', table, encoding: sniff.encoding, gzip, columns: names } };
}

/** Loads one table of a MySQL/MariaDB dump (CREATE TABLE + multi-row INSERT … VALUES), streamed, gzip too. */
export const leakSqlDump: Loader = {
  format: 'leak-sql',
  kind: 'leak',
  label: 'MySQL/MariaDB dump (CREATE TABLE + INSERT … VALUES), gzip too',
  detect(head) {
    const sniff = sniffLeak(head);
    if (sniff.binaryAt >= 0 || sniff.parquet) return false;
    return /^\s*(--|\/\*|#|SET\s|CREATE\s|INSERT\s|DROP\s|LOCK\s|USE\s)/i.test(sniff.text) && /\b(CREATE\s+TABLE|INSERT\s+INTO)\b/i.test(sniff.text);
  },
  async preview(head, file) {
    const sniff = sniffLeak(head);
    const tables = await scanDumpTables(file, sniff.gzip);
    return {
      mapping: { container: 'MySQL/MariaDB dump', tables: tables.join(', '), encoding: sniff.encoding + (sniff.gzip ? ', gzip' : '') },
      choices: { table: tables },
      notes: tables.length > 1 ? ['The dump holds several tables: choose the one to load.'] : [],
    };
  },
  async load(job) {
    const sniff = sniffLeak(job.head);
    refuseBinary(sniff, job.displayName, 'a SQL dump');
    return loadTable(job, await chooseTable(job, sniff.gzip), sniff.gzip);
  },
};

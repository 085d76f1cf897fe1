import fs from 'node:fs';
import type { DuckDBAppender } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import type { LoadJob, Loader, LoadOutcome, RejectedRow } from '../../Loader';
import { columnNames } from './columnNames';
import { leakSqlDump } from './leakSqlDump';
import { leakTable } from './leakTable';
import { eachLine, pgCopyStart, scanPgCopyTables } from './pgCopyBlocks';
import { pgCopyRow } from './pgCopyText';
import { refuseBinary } from './refuseBinary';
import { sniffLeak } from './sniffLeak';
import type { LeakEncoding } from './detectEncoding';

const container = 'PostgreSQL dump';

/** The analyst's choice of table, when there is one. */
function chosenTable(job: LoadJob): string | null {
  const chosen = job.options.table;
  return typeof chosen === 'string' && chosen !== '' ? chosen : null;
}

/** The only table the dump holds rows of (a streamed pass over it), null when it has no COPY rows at all; refuses listing them when there are several. */
async function onlyTable(job: LoadJob, encoding: LeakEncoding, gzip: boolean): Promise<string | null> {
  const tables = await scanPgCopyTables(job.file, encoding, gzip);
  if (tables.length <= 1) return tables[0] ?? null;
  throw new UserError(
    'invalid_argument',
    `${job.displayName}: the dump holds ${tables.length} tables (${tables.join(', ')}); choose one with the option "table".`,
  );
}

/** A COPY block the pass is inside: the table it fills, its columns, and its COPY line. */
interface OpenBlock {
  table: string;
  columns: string[];
  line: number;
}

/**
 * Streams `table`'s COPY rows into `leak_<id>` through DuckDB's appender in one pass, a row whose field count is not its
 * COPY column list's becoming a reject; the other blocks are skipped, their tables noted as holding rows. Without a row
 * of `table`, answers the tables that have rows (none: the dump has no COPY rows, an --inserts dump).
 */
async function loadCopyRows(job: LoadJob, table: string, encoding: LeakEncoding, gzip: boolean): Promise<LoadOutcome | { tables: string[] }> {
  const rejects: RejectedRow[] = [];
  let rowsRejected = 0;
  let rowsLoaded = 0;
  let names: string[] | null = null;
  let appender: DuckDBAppender | null = null;
  let block: OpenBlock | null = null;
  const seen = new Set<string>();
  const size = Math.max(1, fs.statSync(job.file).size);
  const progress = job.progress;
  const onBytes = progress && !gzip ? (bytes: number) => void (progress.loadShare = bytes / size) : undefined;
  try {
    for await (const { text, line } of eachLine(job.file, encoding, gzip, onBytes)) {
      if (block === null) {
        const start = text.charCodeAt(0) === 67 || text.charCodeAt(0) === 99 ? pgCopyStart(text) : null;
        if (start) block = { table: start.table, columns: start.columns ?? [], line };
        continue;
      }
      if (text === '\\.') {
        block = null;
        continue;
      }
      seen.add(block.table);
      if (block.table !== table) continue;
      if (progress?.signal.aborted) throw new UserError('bad_input', `${job.displayName}: cancelled by the analyst.`);
      if (block.columns.length === 0)
        throw new UserError(
          'bad_input',
          `${job.displayName}: line ${block.line}: COPY of "${table}" lists no columns; expected COPY ${table} (column, …) FROM stdin as pg_dump writes it.`,
        );
      if (names && block.columns.length !== names.length)
        throw new UserError(
          'bad_input',
          `${job.displayName}: line ${block.line}: a second COPY of "${table}" lists ${block.columns.length} columns where the first listed ${names.length}.`,
        );
      if (!names) {
        names = columnNames(block.columns, block.columns.length);
        await job.c.run(`CREATE TABLE ${leakTable(job.sourceId)} (_line BIGINT, ${names.map((n) => `${sqlIdent(n)} VARCHAR`).join(', ')})`);
        appender = await job.c.createAppender(`leak_${job.sourceId}`);
      }
      const values = pgCopyRow(text);
      if (values.length !== block.columns.length) {
        rowsRejected++;
        if (rejects.length < 10000)
          rejects.push({
            line,
            column: null,
            reason: `expected ${block.columns.length} tab-separated values as in the COPY column list of line ${block.line}, got ${values.length}`,
            raw: text.slice(0, 2000),
          });
        continue;
      }
      const app = appender as unknown as DuckDBAppender;
      app.appendBigInt(BigInt(line));
      for (const v of values) {
        if (v === null) app.appendNull();
        else app.appendVarchar(v);
      }
      app.endRow();
      rowsLoaded++;
    }
  } finally {
    const app = appender as DuckDBAppender | null;
    if (app) {
      app.flushSync();
      app.closeSync();
    }
  }
  const open = block as OpenBlock | null;
  if (open?.table === table)
    throw new UserError(
      'bad_input',
      `${job.displayName}: the dump ends inside the rows of "${table}" (no \\. line closes the COPY of line ${open.line}); it may be cut short.`,
    );
  if (!names) return { tables: [...seen] };
  return { rowsLoaded, rejects, rowsRejected, mapping: { container, table, encoding, gzip, columns: names } };
}

/** Loads one table of a plain-text PostgreSQL dump (pg_dump's COPY … FROM stdin blocks), streamed, gzip too; a dump written with INSERTs reads as SQL INSERTs. */
export const leakPgDump: Loader = {
  format: 'leak-pgdump',
  kind: 'leak',
  label: 'PostgreSQL dump (pg_dump plain text: COPY … FROM stdin), gzip too',
  detect(head) {
    const sniff = sniffLeak(head);
    if (sniff.binaryAt >= 0 || sniff.parquet || sniff.binary) return false;
    return /^-- PostgreSQL database dump/m.test(sniff.text) || /^COPY\s+\S+.*\bFROM\s+stdin;/im.test(sniff.text);
  },
  async preview(head, file) {
    const sniff = sniffLeak(head);
    const tables = await scanPgCopyTables(file, sniff.encoding, sniff.gzip);
    if (tables.length === 0) return leakSqlDump.preview ? leakSqlDump.preview(head, file) : { mapping: { container } };
    return {
      mapping: { container, tables: tables.join(', '), encoding: sniff.encoding + (sniff.gzip ? ', gzip' : '') },
      choices: { table: tables },
      notes: tables.length > 1 ? ['The dump holds several tables: choose the one to load.'] : [],
    };
  },
  async load(job) {
    const sniff = sniffLeak(job.head);
    refuseBinary(sniff, job.displayName, 'a PostgreSQL dump');
    const table = chosenTable(job) ?? (await onlyTable(job, sniff.encoding, sniff.gzip));
    const loaded = table === null ? { tables: [] } : await loadCopyRows(job, table, sniff.encoding, sniff.gzip);
    if (!('tables' in loaded)) return loaded;
    if (loaded.tables.length === 0) return leakSqlDump.load(job);
    throw new UserError('invalid_argument', `${job.displayName}: no rows for table "${table}" in the dump; it holds rows of ${loaded.tables.join(', ')}.`);
  },
};

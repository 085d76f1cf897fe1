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

const container = 'PostgreSQL dump';

/** Picks the table to load among those the dump holds rows of: the analyst's choice, else the only one; refuses listing them when there are several. */
function chooseTable(job: LoadJob, tables: string[]): string {
  const chosen = job.options.table;
  if (typeof chosen === 'string' && chosen !== '') {
    if (!tables.includes(chosen))
      throw new UserError('invalid_argument', `${job.displayName}: no rows for table "${chosen}" in the dump; it holds rows of ${tables.join(', ')}.`);
    return chosen;
  }
  if (tables.length === 1) return tables[0] as string;
  throw new UserError(
    'invalid_argument',
    `${job.displayName}: the dump holds ${tables.length} tables (${tables.join(', ')}); choose one with the option "table".`,
  );
}

/** Streams the chosen table's COPY rows into `leak_<id>` through DuckDB's appender; a row whose field count is not its COPY column list's becomes a reject. */
async function loadCopyRows(job: LoadJob, table: string, encoding: ReturnType<typeof sniffLeak>['encoding'], gzip: boolean): Promise<LoadOutcome> {
  const rejects: RejectedRow[] = [];
  let rowsRejected = 0;
  let rowsLoaded = 0;
  let names: string[] | null = null;
  let appender: DuckDBAppender | null = null;
  let block: { columns: string[]; line: number } | null = null;
  let skipping = false;
  const size = Math.max(1, fs.statSync(job.file).size);
  const onBytes = job.progress && !gzip ? (bytes: number) => void ((job.progress as NonNullable<LoadJob['progress']>).loadShare = bytes / size) : undefined;
  try {
    for await (const { text, line } of eachLine(job.file, encoding, gzip, onBytes)) {
      if (skipping || block) {
        if (text === '\\.') {
          skipping = false;
          block = null;
          continue;
        }
        if (skipping || !block) continue;
        if (job.progress?.signal.aborted) throw new UserError('bad_input', `${job.displayName}: cancelled by the analyst.`);
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
        continue;
      }
      const start = text.charCodeAt(0) === 67 || text.charCodeAt(0) === 99 ? pgCopyStart(text) : null;
      if (!start) continue;
      if (start.table !== table) {
        skipping = true;
        continue;
      }
      const columns = start.columns ?? [];
      if (columns.length === 0)
        throw new UserError(
          'bad_input',
          `${job.displayName}: line ${line}: COPY of "${table}" lists no columns; expected COPY ${table} (column, …) FROM stdin as pg_dump writes it.`,
        );
      if (names && columns.length !== names.length)
        throw new UserError(
          'bad_input',
          `${job.displayName}: line ${line}: a second COPY of "${table}" lists ${columns.length} columns where the first listed ${names.length}.`,
        );
      if (!names) {
        names = columnNames(columns, columns.length);
        await job.c.run(`CREATE TABLE ${leakTable(job.sourceId)} (_line BIGINT, ${names.map((n) => `${sqlIdent(n)} VARCHAR`).join(', ')})`);
        appender = await job.c.createAppender(`leak_${job.sourceId}`);
      }
      block = { columns, line };
    }
  } finally {
    const app = appender as DuckDBAppender | null;
    if (app) {
      app.flushSync();
      app.closeSync();
    }
  }
  if (!names) throw new UserError('bad_input', `${job.displayName}: no rows for table "${table}" in the dump.`);
  if (block)
    throw new UserError(
      'bad_input',
      `${job.displayName}: the dump ends inside the rows of "${table}" (no \\. line closes the COPY of line ${(block as { line: number }).line}); it may be cut short.`,
    );
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
    const tables = await scanPgCopyTables(job.file, sniff.encoding, sniff.gzip);
    if (tables.length === 0) return leakSqlDump.load(job);
    return loadCopyRows(job, chooseTable(job, tables), sniff.encoding, sniff.gzip);
  },
};

import fs from 'node:fs';
import path from 'node:path';
import type { SourceDto, SourceKind } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { appendAudit } from '../case/appendAudit';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CaseDb } from '../db/CaseDb';
import type { IngestProgress } from '../jobs/IngestProgress';
import { queryOne } from '../sql/queryRows';
import { hashFile } from './hashFile';
import { LineTally, type LineCount } from './LineTally';
import type { LoadFinish, LoadOptions, LoadOutcome } from './Loader';
import { formatsOf, loaderHead, pickDecoding, type PickedLog } from './loaders';
import { readHead } from './readHead';
import { refuseMalformed } from './refuseMalformed';
import { readSources } from './sourceRow';
import { refuseCaseFile } from './refuseCaseFile';
import { unrecognisedInput } from './unrecognisedInput';
import { isGzip, verifyGzip } from './verifyGzip';
import { inflateLimit } from './inflateLimit';
import { deriveAfterCommit } from './deriveAfterCommit';
import { scrubQuotedValues } from '../db/scrubQuotedValues';
import { utf8CopyOf, type Utf8Copy } from './transcodedInput';

/** Options of one load. */
export interface AddSourceOptions {
  file: string;
  kind: SourceKind;
  /** Above this share of rejected rows the file is refused as not what it claims to be. */
  maxRejectShare: number;
  /** How far a gzip input may inflate, in bytes; by default a ratio of its compressed size (see inflateLimit). */
  maxInflatedBytes?: number;
  /** Forces a format instead of detecting it. */
  format?: string;
  options?: LoadOptions;
  /** Live progress and the cancel signal, when run as a background job. */
  progress?: IngestProgress;
  /** Called inside the load's transaction once its rows are in, before the commit: the crash test's signal that it is mid-load. */
  beforeCommit?: () => Promise<void>;
}

/**
 * Polls DuckDB's progress into `progress` (the load's share while loading, the running statement's share while the
 * load finishes or is summarised) and turns a cancel into an interrupt until the rows are committed for good.
 */
function watchIngest(c: DuckDBConnection, progress: IngestProgress | undefined): () => void {
  if (!progress) return () => undefined;
  const onAbort = () => {
    if (progress.phase !== 'deriving') c.interrupt();
  };
  progress.signal.addEventListener('abort', onAbort);
  const timer = setInterval(() => {
    const pct = c.progress.percentage;
    if (progress.phase === 'hashing' || progress.phase === 'loading') {
      if (pct >= 0) progress.loadShare = Math.max(progress.loadShare, Math.min(0.99, pct / 100));
    } else progress.stepShare = pct >= 0 ? Math.min(1, pct / 100) : null;
  }, 200);
  return () => {
    clearInterval(timer);
    progress.signal.removeEventListener('abort', onAbort);
  };
}

/**
 * Loads one input file as a source: hash first, then the rows inside one transaction.
 * A refused file leaves the case's data as it was; a crash leaves a `failed` source with no rows.
 */
export async function addSource(db: CaseDb, opts: AddSourceOptions): Promise<SourceDto> {
  const file = path.resolve(opts.file);
  const name = path.basename(file);
  refuseCaseFile(file, db.dir);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new UserError('not_found', `${file}: no such file.`);
  if (!stat.isFile()) throw new UserError('bad_input', `${file}: not a regular file.`);
  const head = readHead(file);
  if (head.length === 0) throw new UserError('bad_input', `${name}: the file is empty; expected ${formatsOf(opts.kind).join(' or ')}.`);
  const { loader, transcode, wrapping } = pickDecoding(opts.kind, head, file, opts.format);
  if (!loader && opts.format) throw new UserError('invalid_argument', `${name}: unknown ${opts.kind} format "${opts.format}".`);
  if (!loader) throw unrecognisedInput(name, opts.kind, head);
  const progress = opts.progress;
  const tally = loader.countsLines ? new LineTally() : null;
  // A NUL byte anywhere is rare in a text log; the hash pass notes one at the cost of a byte search per chunk.
  let sawNul = isGzip(head);
  const hashing = hashFile(
    file,
    (n, chunk) => {
      if (progress) progress.hashedBytes = n;
      tally?.add(chunk);
      if (!sawNul && chunk.includes(0)) sawNul = true;
    },
    progress?.signal,
  );
  hashing.catch(() => undefined);
  const lineCount = tally ? () => hashing.then(() => tally.count()) : undefined;
  const nulFree = () => hashing.then(() => !sawNul);
  if (isGzip(head)) await verifyGzip(file, name, inflateLimit(stat.size, opts.maxInflatedBytes), progress?.signal);
  const given = loaderHead(loader, transcode ? transcode.head : head, wrapping);
  return db.withWriteTurn(() => loadInTurn(db, opts, { file, name, head: given, stat, loader, transcode, wrapping, hashing, lineCount, nulFree }));
}

/** Makes source `id` ready with its hash, counts and mapping, and audits the ingest, in the transaction that ends the load. */
async function markReady(c: DuckDBConnection, id: number, file: string, outcome: LoadOutcome, sha256: string): Promise<void> {
  await c.run(
    `UPDATE sources SET status = 'ready', sha256 = $sha256, rows_loaded = $rows, rows_rejected = $rejected, mapping = $mapping::JSON, message = $message WHERE id = $id`,
    { id, rows: outcome.rowsLoaded, rejected: outcome.rowsRejected, mapping: JSON.stringify(outcome.mapping), sha256, message: outcome.message ?? null },
  );
  await appendAudit(c, 'ingest', { sourceId: id, path: file, sha256, rows: outcome.rowsLoaded, rejected: outcome.rowsRejected });
}

/** Undoes a first load step that was committed before its `finish` failed (its rejects are only written with the source's final state). */
async function discardCommitted(c: DuckDBConnection, finish: LoadFinish): Promise<void> {
  await c.run('BEGIN TRANSACTION');
  await finish.discard(c);
  await c.run('COMMIT');
}

/**
 * The load proper, once this ingest has its write turn: grant the input, then the rows inside one transaction (two
 * when the loader leaves work on committed rows: the source turns ready in the second). The SHA-256 is computed while
 * DuckDB loads (hashing is one core reading the file, the load mostly the others) and is written with the source's
 * final state, before the last commit. A UTF-16 or Windows-1252 log is read from a UTF-8 copy in the case's temp folder, removed after.
 */
async function loadInTurn(
  db: CaseDb,
  opts: AddSourceOptions,
  {
    file,
    name,
    head,
    stat,
    loader,
    transcode,
    wrapping,
    hashing,
    lineCount,
    nulFree,
  }: {
    file: string;
    name: string;
    head: Buffer;
    stat: fs.Stats;
    loader: NonNullable<PickedLog['loader']>;
    transcode: PickedLog['transcode'];
    wrapping: PickedLog['wrapping'];
    hashing: Promise<string>;
    lineCount: (() => Promise<LineCount>) | undefined;
    nulFree: () => Promise<boolean>;
  },
): Promise<SourceDto> {
  const progress = opts.progress;
  const cancelled = () => new UserError('bad_input', `${name}: cancelled by the analyst.`);
  if (progress?.signal.aborted) throw cancelled();
  if (progress) progress.phase = 'loading';
  await db.allowInputs([file]);
  return db.withIngestConnection(async (c) => {
    const { id } = await queryOne<{ id: number }>(
      c,
      `INSERT INTO sources (kind, path, sha256, size, format, ingested_at, status)
       VALUES ($kind, $path, '', $size, $format, now(), 'loading') RETURNING id`,
      { kind: opts.kind, path: file, size: stat.size, format: loader.format },
    );
    let finish: LoadFinish | undefined;
    await c.run('BEGIN TRANSACTION');
    const unwatch = watchIngest(c, progress);
    let copy: Utf8Copy | null = null;
    try {
      copy = transcode ? await utf8CopyOf(file, transcode, db.tempDir) : null;
      const loaded = await loader.load({ c, file: copy?.path ?? file, displayName: name, sourceId: id, head, options: opts.options ?? {}, nulFree, ...(lineCount ? { lineCount } : {}), ...(progress ? { progress } : {}), ...(wrapping ? { wrapping } : {}) });
      const outcome = transcode ? { ...loaded, mapping: { ...loaded.mapping, encoding: `${transcode.encoding.toUpperCase()}${transcode.gzip ? ', gzip' : ''}, read through a UTF-8 copy` } } : loaded;
      if (progress?.signal.aborted) throw cancelled();
      if (progress) progress.phase = 'finishing';
      refuseMalformed(name, outcome, opts.maxRejectShare);
      await opts.beforeCommit?.();
      if (outcome.finish) {
        await c.run('COMMIT');
        finish = outcome.finish;
        await c.run('BEGIN TRANSACTION');
        await finish.run(c);
        if (progress?.signal.aborted) throw cancelled();
      }
      for (const r of outcome.rejects) {
        await c.run(`INSERT INTO rejects VALUES ($id, $line, $column, $reason, $raw)`, { id, line: r.line, column: r.column, reason: r.reason, raw: r.raw });
      }
      await markReady(c, id, file, outcome, await hashing);
      await c.run('COMMIT');
    } catch (e) {
      unwatch();
      await c.run('ROLLBACK').catch(() => undefined);
      if (finish) await discardCommitted(c, finish);
      await c.run(`DELETE FROM sources WHERE id = $id`, { id });
      const refusal = e instanceof UserError ? e : new UserError('bad_input', `${name}: ${scrubQuotedValues((e as Error).message.split('\n')[0] ?? '')}`);
      const hashed = await hashing.then(
        (sha256) => ({ sha256 }),
        (err: Error) => ({ sha256: null, hashError: err.message }),
      );
      await appendAudit(c, 'ingest_refused', { path: file, ...hashed, reason: refusal.message });
      throw refusal;
    } finally {
      copy?.remove();
    }
    if (progress) progress.phase = 'deriving';
    try {
      await deriveAfterCommit(c, id, opts.kind);
    } finally {
      unwatch();
    }
    const [dto] = await readSources(c, id);
    return dto as SourceDto;
  });
}

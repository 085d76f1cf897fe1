import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../shared/api/sourcesApi';
import type { IngestProgress } from '../jobs/IngestProgress';
import type { LineCount } from './LineTally';
import type { ContainerWrapping } from './formats/logs/container/ContainerWrapping';

/** A row the loader refused, kept in the `rejects` table so nothing is silently lost. */
export interface RejectedRow {
  line: number;
  column: string | null;
  reason: string;
  raw: string;
}

/**
 * Work a load leaves for after its commit, because DuckDB scans committed rows in parallel but rows of the running
 * transaction on about one core: `run` goes in a second transaction that also makes the source ready; `discard`
 * undoes the first when `run` fails or is cancelled.
 */
export interface LoadFinish {
  run(c: DuckDBConnection): Promise<void>;
  discard(c: DuckDBConnection): Promise<void>;
}

/** What a loader did inside the source's transaction. */
export interface LoadOutcome {
  rowsLoaded: number;
  rejects: RejectedRow[];
  rowsRejected: number;
  mapping: Record<string, unknown>;
  /** What the analyst should know about this load (records skipped, damage found), kept as the source's message. */
  message?: string;
  /** Present when the loaded rows still need work on committed data before the source is ready. */
  finish?: LoadFinish;
}

/** Everything a loader gets: the open transaction's connection, the input and the source id to stamp. */
export interface LoadJob {
  c: DuckDBConnection;
  file: string;
  displayName: string;
  sourceId: number;
  head: Buffer;
  /** Analyst choices from the detection step (year, table, delimiter, time zone, …). */
  options: LoadOptions;
  /** The input file's line count, for a loader that asked for it (countsLines), known once the hash pass has read all of it (rejects if that read failed). */
  lineCount?: () => Promise<LineCount>;
  /**
   * True when the hash pass read no NUL byte in the input (known once it has read all of it; false for a gzip input,
   * whose bytes are not its text): a loader then skips looking for NUL bytes in the values it loaded.
   */
  nulFree?: () => Promise<boolean>;
  /** Present when run as a job: loaders that stream in Node set `loadShare` and stop when `signal` aborts. */
  progress?: IngestProgress;
  /** Set when the file is a container's output (compose prefix, platform times, json-file driver): the loader stages its lines unwrapped; `head` is already. */
  wrapping?: ContainerWrapping;
}

/** Loader-specific options, validated by the Api schema as plain scalars. */
export type LoadOptions = Record<string, string | number | boolean>;

/** What a loader can tell about a file before loading it. */
export interface LoaderPreview {
  mapping: Record<string, string>;
  choices?: Record<string, string[]>;
  /** Suggested values of the choices (e.g. the guessed column per field), which the UI preselects. */
  defaults?: Record<string, string>;
  notes?: string[];
}

/** One input format: recognises its files from their first bytes and loads them into the case. */
export interface Loader {
  format: string;
  kind: SourceKind;
  /** A short human description shown before loading. */
  label: string;
  detect(head: Buffer, file: string): boolean;
  /** Set when the loader reads LoadJob.lineCount: the pass hashing the input then tallies its line breaks too. */
  countsLines?: boolean;
  /**
   * Set when the loader's staging inflates a gzip-compressed file of its format (a rotated `access.log.2.gz`, CloudTrail's
   * `.json.gz`): detection then judges the inflated first bytes, and the loader gets them as its head.
   */
  readsGzip?: boolean;
  /** Set when the loader decodes a UTF-16 file of its format itself; any other log loader is given a UTF-8 copy (utf16Input). */
  readsUtf16?: boolean;
  /**
   * Set when the loader stages the file's lines itself through stageLines, so it can read them unwrapped from a
   * container's output (ContainerWrapping): detection then judges the unwrapped first lines, and the loader gets them as its head.
   */
  readsContainerLogs?: boolean;
  /** Optional preview of the mapping and choices, shown before loading. */
  preview?(head: Buffer, file: string): Promise<LoaderPreview> | LoaderPreview;
  load(job: LoadJob): Promise<LoadOutcome>;
}

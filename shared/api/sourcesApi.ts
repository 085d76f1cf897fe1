import { z } from 'zod';
import { pathArg } from '../pathArg';

/** The kinds of evidence a case holds. */
export const sourceKinds = ['leak', 'signin', 'transfer'] as const;
/** One of sourceKinds. */
export type SourceKind = (typeof sourceKinds)[number];

/** One loaded input file as recorded in the `sources` table. */
export interface SourceDto {
  id: number;
  kind: SourceKind;
  path: string;
  sha256: string;
  size: number;
  format: string;
  rowsLoaded: number;
  rowsRejected: number;
  /** Records read but not events of the kind (e.g. Sysmon records of a channel export, linked Kerberos events). */
  rowsSkipped: number;
  ingestedAt: string;
  status: 'loading' | 'ready' | 'failed';
  message: string | null;
}

/** What removing a source did: the evidence rows gone, the findings after the detectors re-ran and those dropped. */
export interface RemovedSourceDto {
  id: number;
  path: string;
  kind: SourceKind;
  rowsRemoved: number;
  findings: number;
  findingsDropped: number;
}

/** A row the loader could not accept, with where it was and why. */
export interface RejectDto {
  line: number;
  column: string | null;
  reason: string;
  raw: string;
}

/** Loader-specific choices the analyst can make before loading (year for syslog, table of a SQL dump, …). */
export const loadOptionsSchema = z.record(z.string().max(64), z.union([z.string().max(4096), z.number(), z.boolean()])).default({});

/**
 * One line of a detection's mapping. A list of these rather than an object keyed by field (why: a field such as `user`
 * or `ip` is a personal key, so the column name under it, `user_id`, was masked as if it were a person and then
 * masked inside every label naming it; here a column name is scanned as any text is, for e-mail and address shapes).
 */
export interface MappedFieldDto {
  field: string;
  takenFrom: string;
}

/** What the engine found out about a file before loading it: its format and how fields map. */
export interface DetectionDto {
  path: string;
  kind: SourceKind;
  format: string;
  label: string;
  /** Each canonical field and the source field (or a note) it is taken from, shown to the analyst before loading. */
  mapping: MappedFieldDto[];
  /** Choices the analyst must or may make, e.g. the tables of a SQL dump. */
  choices: Record<string, string[]>;
  /** Preselected values of the choices (e.g. guessed columns); the analyst may change them. */
  defaults: Record<string, string>;
  notes: string[];
  /** Every format this kind accepts, for an override. */
  formats: Array<{ format: string; label: string }>;
}

/** Argument schemas of the source methods. */
export const sourcesArgs = {
  listSources: z.object({}).strict(),
  addSource: z
    .object({
      path: pathArg,
      kind: z.enum(sourceKinds),
      maxRejectShare: z.number().min(0).max(1).default(0.01),
      /** How far a gzip input may inflate, in bytes, when the default cap (a ratio of its size) refuses genuine evidence. */
      maxInflatedBytes: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
      format: z.string().max(64).optional(),
      options: loadOptionsSchema,
    })
    .strict(),
  detectSource: z.object({ path: pathArg, kind: z.enum(sourceKinds) }).strict(),
  removeSource: z
    .object({ sourceId: z.number().int().positive(), sha256: z.string().min(1).max(64), reason: z.string().min(1).max(2000) })
    .strict(),
  listRejects: z
    .object({ sourceId: z.number().int().positive(), limit: z.number().int().min(1).max(1000).default(100) })
    .strict(),
};

/** Loading evidence into the case and inspecting what was loaded. */
export interface SourcesApi {
  listSources(a: z.input<typeof sourcesArgs.listSources>): Promise<SourceDto[]>;
  addSource(a: z.input<typeof sourcesArgs.addSource>): Promise<SourceDto>;
  listRejects(a: z.input<typeof sourcesArgs.listRejects>): Promise<RejectDto[]>;
  detectSource(a: z.input<typeof sourcesArgs.detectSource>): Promise<DetectionDto>;
  /**
   * Removes a wrongly loaded source (rows, rejects, coverage), audited with the reason; rollups rebuilt, detectors re-run.
   * The source's SHA-256 must be given as well, so a stray or replayed call with an id alone removes nothing.
   */
  removeSource(a: z.input<typeof sourcesArgs.removeSource>): Promise<RemovedSourceDto>;
}

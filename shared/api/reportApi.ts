import { z } from 'zod';
import { limits } from '../limits';
import { pathArg } from '../pathArg';
import { filterSchema } from './dataApi';

/** The files a report can be written as. */
export const reportFormats = ['html', 'pdf', 'json', 'csv', 'md', 'stix', 'misp'] as const;
/** One of reportFormats. */
export type ReportFormat = (typeof reportFormats)[number];

/** Traffic Light Protocol 2.0 levels a report may carry. */
export const tlpLevels = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
/** One of tlpLevels. */
export type TlpLevel = (typeof tlpLevels)[number];

/** What the re-hash of one input found when a report was written. */
export type EvidenceState = 'verified' | 'changed' | 'missing';

/** One input file of the case: as recorded at load, and as found again now. */
export interface ManifestEntryDto {
  sourceId: number;
  kind: string;
  format: string;
  path: string;
  size: number;
  sha256: string;
  ingestedAt: string;
  rowsLoaded: number;
  state: EvidenceState;
  /** Size and SHA-256 found now (null when the file is missing). */
  sizeNow: number | null;
  sha256Now: string | null;
  checkedAt: string;
}

/** One report written from this case (Art. 33(4): information provided in phases). */
export interface ReportVersionDto {
  version: number;
  writtenAt: string;
  format: ReportFormat;
  outPath: string;
  includePersonalData: boolean;
  evidenceIntact: boolean;
}

/** What the analyst states in the report: the parts of an Art. 33(3) notification no query can answer. */
export interface ReportMetaDto {
  controller: string;
  dpoContact: string;
  natureOfBreach: string;
  measuresTaken: string;
  measuresProposed: string;
  tlp: TlpLevel;
  updatedAt: string | null;
  versions: ReportVersionDto[];
}

/** The outcome of writing one report. */
export interface ReportWrittenDto {
  version: number;
  format: ReportFormat;
  outPath: string;
  bytes: number;
  sha256: string;
  writtenAt: string;
  redacted: boolean;
  evidenceIntact: boolean;
  manifest: ManifestEntryDto[];
}

/** The outcome of exporting a data view to CSV. */
export interface TableExportDto {
  table: string;
  outPath: string;
  rows: number;
  bytes: number;
  sha256: string;
  revealed: boolean;
}

const text = z.string().max(limits.textChars);

/** Argument schemas of the report methods. */
export const reportArgs = {
  writeReport: z
    .object({ format: z.enum(reportFormats), outPath: pathArg, includePersonalData: z.boolean().default(false), overwrite: z.boolean().default(false) })
    .strict(),
  verifyEvidence: z.object({}).strict(),
  reportMeta: z.object({}).strict(),
  setReportMeta: z
    .object({
      controller: text.optional(),
      dpoContact: text.optional(),
      natureOfBreach: text.optional(),
      measuresTaken: text.optional(),
      measuresProposed: text.optional(),
      tlp: z.enum(tlpLevels).optional(),
    })
    .strict(),
  exportTableCsv: z
    .object({
      table: z.string().min(1).max(limits.idChars),
      outPath: pathArg,
      sort: z.object({ column: z.string().min(1).max(limits.idChars), desc: z.boolean().default(false) }).strict().optional(),
      filters: z.array(filterSchema).max(20).default([]),
      reveal: z.boolean().default(false),
      overwrite: z.boolean().default(false),
    })
    .strict(),
};

/** Reports: evidence-grade files (HTML, PDF, JSON, CSV, Markdown, STIX 2.1, MISP) written from the case. */
export interface ReportApi {
  writeReport(a: z.input<typeof reportArgs.writeReport>): Promise<ReportWrittenDto>;
  verifyEvidence(a: z.input<typeof reportArgs.verifyEvidence>): Promise<ManifestEntryDto[]>;
  reportMeta(a: z.input<typeof reportArgs.reportMeta>): Promise<ReportMetaDto>;
  setReportMeta(a: z.input<typeof reportArgs.setReportMeta>): Promise<ReportMetaDto>;
  exportTableCsv(a: z.input<typeof reportArgs.exportTableCsv>): Promise<TableExportDto>;
}

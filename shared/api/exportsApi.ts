import { z } from 'zod';
import { limits } from '../limits';
import { exportParamsSchema, type ExportParams } from './detectParams';

/** One bucket of the bytes-over-time chart. */
export interface TransferBucketDto {
  bucket: string;
  bytes: number;
  events: number;
}

/** What a user-hour measures: summed bytes, or events when the source has no byte counts. */
export type ExportUnit = 'bytes' | 'events';

/** Population statistics of the reference z-score, per unit. */
export interface ExportStatsDto {
  unit: ExportUnit;
  userHours: number;
  mean: number;
  stddev: number | null;
}

/** One anomalous user-hour under the reference z-score. */
export interface ExportReferenceRowDto {
  user: string | null;
  hour: string;
  unit: ExportUnit;
  bytes: number;
  z: number;
}

/** A page of reference z-score anomalies with the parameters, statistics and SQL behind them. */
export interface ExportReferencePageDto {
  params: ExportParams['reference'] & { measure: ExportParams['measure'] };
  stats: ExportStatsDto[];
  sql: string;
  total: number;
  rows: ExportReferenceRowDto[];
}

/** One user-hour flagged against the user's own robust baseline. */
export interface ExportBaselineRowDto {
  user: string | null;
  hour: string;
  unit: ExportUnit;
  bytes: number;
  median: number | null;
  /** Interquartile range of the baseline; the robust scale is IQR / 1.349. */
  iqr: number | null;
  /** Half the IQR: the robust spread, equal to the median absolute deviation for a symmetric baseline. */
  mad: number | null;
  baselineHours: number;
  /** Median of the same hour of day in the window, when the user has enough such hours. */
  hourOfDayMedian: number | null;
  /** The user's largest hour in the window at least a day (24 h) before this one (null: none): what the user has moved before, outside this run's day. */
  priorMax: number | null;
  /** The hour of priorMax (the latest of equal ones), so the detector can tell what that hour was (a crowd hour is no habit of the user's own). */
  priorMaxHour: string | null;
  /** The lower of the robust scores against all the user's hours and against the same hour of day. */
  score: number | null;
  /** The robust score on a multiplicative scale, ln(x / median) over ln(Q3 / Q1) / 1.349, the higher of the scores against all the user's hours and against the same hour of day (null: too little history). Volumes spread over orders of magnitude; this says how extreme the hour is for this user. */
  logScore: number | null;
  /** The upper quartile of the user's hours in the window (null: too little history). */
  upperQuartile: number | null;
  reason: 'baseline' | 'no_history';
}

/** A page of baseline anomalies with the parameters and SQL behind them. */
export interface ExportBaselinePageDto {
  params: ExportParams['baseline'] & { measure: ExportParams['measure'] };
  sql: string;
  total: number;
  rows: ExportBaselineRowDto[];
}

/** One hour of one user's activity. */
export interface UserHourDto {
  hour: string;
  bytes: number | null;
  events: number;
}

/** One transfer event for drill-down. */
export interface TransferEventDto {
  ts: string;
  user: string | null;
  bytes: number | null;
  action: string | null;
  object: string | null;
  ip: string | null;
  sourceId: number;
  rawRef: number | null;
}

/** A page of transfer events. */
export interface TransferEventPageDto {
  total: number;
  rows: TransferEventDto[];
}

const iso = z.string().min(1).max(40);
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(limits.listItems).default(100) };

/** Argument schemas of the export-volume methods. */
export const exportsArgs = {
  transferPerHour: z
    .object({ sourceId: z.number().int().positive().optional(), maxBuckets: z.number().int().min(1).max(5000).default(2000) })
    .strict(),
  exportReference: z.object({ params: exportParamsSchema.prefault({}), ...page }).strict(),
  exportBaseline: z.object({ params: exportParamsSchema.prefault({}), ...page }).strict(),
  userHourSeries: z.object({ user: z.string().max(limits.textChars), from: iso.optional(), to: iso.optional() }).strict(),
  transferEvents: z
    .object({ user: z.string().max(limits.textChars).optional(), ip: z.string().max(limits.idChars).optional(), from: iso.optional(), to: iso.optional(), ...page })
    .strict(),
};

/** Export volumes over time, aggregated in SQL. */
export interface ExportsApi {
  transferPerHour(a: z.input<typeof exportsArgs.transferPerHour>): Promise<TransferBucketDto[]>;
  exportReference(a: z.input<typeof exportsArgs.exportReference>): Promise<ExportReferencePageDto>;
  exportBaseline(a: z.input<typeof exportsArgs.exportBaseline>): Promise<ExportBaselinePageDto>;
  userHourSeries(a: z.input<typeof exportsArgs.userHourSeries>): Promise<UserHourDto[]>;
  transferEvents(a: z.input<typeof exportsArgs.transferEvents>): Promise<TransferEventPageDto>;
}

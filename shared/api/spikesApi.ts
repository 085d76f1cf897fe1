import { z } from 'zod';
import { limits } from '../limits';
import { spikeParamsSchema, type SpikeParams } from './detectParams';
import type { FindingDraftDto } from './findingsApi';

/** One bin of the sign-ins-over-time chart. */
export interface SigninBinDto {
  bin: string;
  failed: number;
  success: number;
  /** Sign-ins whose outcome the log does not tell (Windows 4648, a 4768 without pre-authentication): neither failed nor successful. */
  unknown: number;
}

/** The chart series plus the bin width actually used (widened to cap the number of points). */
export interface SigninSeriesDto {
  binMinutes: number;
  bins: SigninBinDto[];
}

/** A source IP ranked by failed sign-ins. */
export interface TopSourceDto {
  ip: string | null;
  failed: number;
  success: number;
  accounts: number;
  firstSeen: string;
  lastSeen: string;
}

/** An account ranked by failed sign-ins. */
export interface TopAccountDto {
  user: string | null;
  failed: number;
  success: number;
  sources: number;
  firstSeen: string;
  lastSeen: string;
}

/** One row of the reference rule: failed sign-ins per (ip, user, bin) above the threshold. */
export interface SpikeRowDto {
  ip: string | null;
  user: string | null;
  bin: string;
  failed: number;
}

/** A page of reference-rule rows with the parameters and SQL that produced them. */
export interface SpikePageDto {
  params: SpikeParams['reference'];
  sql: string;
  total: number;
  rows: SpikeRowDto[];
}

/** Classified credential attacks, computed live (not stored) for the current parameters. */
export interface ClassifiedDto {
  params: SpikeParams;
  findings: FindingDraftDto[];
}

/** One sign-in event for drill-down. */
export interface SigninEventDto {
  ts: string;
  user: string | null;
  ip: string | null;
  success: boolean | null;
  failureReason: string | null;
  resultCode: string | null;
  app: string | null;
  userAgent: string | null;
  sourceId: number;
  rawRef: number | null;
}

/** A page of sign-in events. */
export interface SigninEventPageDto {
  total: number;
  rows: SigninEventDto[];
}

const iso = z.string().min(1).max(40);
const range = { from: iso.optional(), to: iso.optional() };
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(limits.listItems).default(100) };

/** Argument schemas of the login-spike methods. */
export const spikesArgs = {
  signinSeries: z.object({ ...range, maxPoints: z.number().int().min(10).max(5000).default(2000), binMinutes: z.number().int().min(1).max(10_080).default(5) }).strict(),
  topSources: z.object({ ...range, limit: z.number().int().min(1).max(limits.listItems).default(20) }).strict(),
  topAccounts: z.object({ ...range, limit: z.number().int().min(1).max(limits.listItems).default(20) }).strict(),
  loginSpikes: z.object({ params: spikeParamsSchema.prefault({}), ...page }).strict(),
  classifySignins: z.object({ params: spikeParamsSchema.prefault({}) }).strict(),
  signinEvents: z
    .object({
      ip: z.string().max(limits.idChars).optional(),
      user: z.string().max(limits.textChars).optional(),
      ...range,
      failedOnly: z.boolean().default(false),
      ...page,
    })
    .strict(),
};

/** Login spikes: the reference rule, the classified attacks and the drill-down behind them. */
export interface SpikesApi {
  signinSeries(a: z.input<typeof spikesArgs.signinSeries>): Promise<SigninSeriesDto>;
  topSources(a: z.input<typeof spikesArgs.topSources>): Promise<TopSourceDto[]>;
  topAccounts(a: z.input<typeof spikesArgs.topAccounts>): Promise<TopAccountDto[]>;
  loginSpikes(a: z.input<typeof spikesArgs.loginSpikes>): Promise<SpikePageDto>;
  classifySignins(a: z.input<typeof spikesArgs.classifySignins>): Promise<ClassifiedDto>;
  signinEvents(a: z.input<typeof spikesArgs.signinEvents>): Promise<SigninEventPageDto>;
}

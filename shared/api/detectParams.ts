import { z } from 'zod';
import { limits } from '../limits';

/** One leak column holding identities (emails, usernames) or IPs, as (table, column). */
export const leakColumnSchema = z.object({ table: z.string().min(1).max(limits.idChars), column: z.string().min(1).max(limits.idChars) }).strict();
/** A leak column reference. */
export type LeakColumn = z.infer<typeof leakColumnSchema>;

const share = z.number().min(0).max(1);
const minutes = z.number().int().min(1).max(10_080);

/** Parameters of every sign-in detector, with the reference defaults; echoed into results and findings. */
export const spikeParamsSchema = z
  .object({
    reference: z
      .object({
        failureCodes: z.array(z.string().min(1).max(32)).min(1).max(100).default(['50126', '50053', '50055', '50056']),
        binMinutes: minutes.default(5),
        minExclusive: z.number().int().min(0).default(5),
      })
      .strict()
      .prefault({}),
    recoveryMinutes: minutes.default(30),
    spray: z
      .object({ windowMinutes: minutes.default(20), minAccounts: z.number().int().min(2).default(5), maxAttemptsPerAccount: z.number().min(1).default(3), maxRecoveredShare: share.default(0.5) })
      .strict()
      .prefault({}),
    stuffing: z
      .object({
        windowMinutes: minutes.default(60),
        minAccounts: z.number().int().min(2).default(10),
        minSources: z.number().int().min(2).default(5),
        maxAttemptsPerAccount: z.number().min(1).default(3),
        minLeakOverlap: share.default(0.5),
        minNoSuchUserShare: share.default(0.5),
        maxRecoveredShare: share.default(0.5),
        minRiseFactor: z.number().min(0).default(3),
        minBinAccounts: z.number().int().min(1).default(3),
        mergeGapWindows: z.number().int().min(0).max(48).default(2),
      })
      .strict()
      .prefault({}),
    bruteForce: z
      .object({ windowMinutes: minutes.default(60), minFailures: z.number().int().min(2).default(10), steadyHours: z.number().min(1).max(720).default(24) })
      .strict()
      .prefault({}),
    takeover: z.object({ withinHours: z.number().int().min(1).max(720).default(24), travelHours: z.number().min(0).max(72).default(2) }).strict().prefault({}),
    shared: z.object({ minAccounts: z.number().int().min(2).default(10), abnormalFactor: z.number().min(1).default(3), minAbnormalFailures: z.number().int().min(1).default(5) }).strict().prefault({}),
    mfaFatigue: z.object({ windowMinutes: minutes.default(30), minPrompts: z.number().int().min(2).default(5), minDenied: z.number().int().min(1).default(3) }).strict().prefault({}),
    leakColumns: z.array(leakColumnSchema).max(limits.listItems).optional(),
  })
  .strict();
/** Sign-in detector parameters after defaults. */
export type SpikeParams = z.infer<typeof spikeParamsSchema>;

/** Parameters of the export-volume detectors, with the reference defaults. */
export const exportParamsSchema = z
  .object({
    reference: z.object({ zLimit: z.number().min(0).default(3) }).strict().prefault({}),
    baseline: z
      .object({
        baselineDays: z.number().int().min(1).max(365).default(7),
        side: z.enum(['both', 'past']).default('both'),
        minBaselineHours: z.number().int().min(1).default(3),
        scoreLimit: z.number().min(0).default(3.5),
        minScaleShare: share.default(0.1),
        floorBytes: z.number().min(0).default(1e9),
        floorEvents: z.number().min(0).default(200),
      })
      .strict()
      .prefault({}),
    measure: z.enum(['auto', 'bytes', 'events']).default('auto'),
  })
  .strict();
/** Export detector parameters after defaults. */
export type ExportParams = z.infer<typeof exportParamsSchema>;

/** Parameters of the leak ↔ log correlation. */
export const exposureParamsSchema = z
  .object({
    leakColumns: z.array(leakColumnSchema).max(limits.listItems).optional(),
    leakIpColumns: z.array(leakColumnSchema).max(limits.listItems).optional(),
    listLimit: z.number().int().min(0).max(limits.listItems).default(100),
  })
  .strict();
/** Exposure parameters after defaults. */
export type ExposureParams = z.infer<typeof exposureParamsSchema>;

import { z } from 'zod';
import { exposureParamsSchema, spikeParamsSchema, type ExposureParams, type LeakColumn } from './detectParams';

/** A leaked account and what the logs say about it. */
export interface ExposedAccountDto {
  user: string;
  signins: number;
  failed: number;
  success: number;
  firstSeen: string;
  lastSeen: string;
}

/** A leaked account that signed in successfully after an attack source tried it. */
export interface TakenOverDto {
  user: string;
  firstAttempt: string;
  firstSuccessAfter: string;
  successIp: string | null;
}

/** A leaked last-login IP found in the sign-in logs. */
export interface LeakedIpSeenDto {
  ip: string;
  signins: number;
  users: number;
}

/** Leak ↔ log correlation (docs/design.md §1, Correlation). Lists are capped at params.listLimit; counts are exact. */
export interface ExposureDto {
  params: ExposureParams;
  leakColumns: LeakColumn[];
  leakIpColumns: LeakColumn[];
  leakedIdentities: number;
  seenInSignins: { count: number; accounts: ExposedAccountDto[] };
  attemptedByAttackSources: { count: number; attackSources: number; accounts: ExposedAccountDto[] };
  successfulAfterAttempt: { count: number; accounts: TakenOverDto[] };
  leakedIpsSeen: { leakedIps: number; count: number; ips: LeakedIpSeenDto[] };
}

/** Argument schemas of the exposure method. */
export const exposureArgs = {
  exposure: z.object({ params: exposureParamsSchema.prefault({}), spikes: spikeParamsSchema.prefault({}) }).strict(),
};

/** Which leaked people the logs show being attacked or taken over. */
export interface ExposureApi {
  exposure(a: z.input<typeof exposureArgs.exposure>): Promise<ExposureDto>;
}

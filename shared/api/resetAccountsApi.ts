import { z } from 'zod';
import { pathArg } from '../pathArg';
import type { FindingKind } from './findingsApi';

/** Finding kinds whose accounts must have their password reset and sessions revoked: the credential is known to work. */
export const resetKinds: readonly FindingKind[] = ['account_takeover', 'credential_valid', 'mfa_fatigue'];

/** The outcome of exporting the accounts to reset. */
export interface ResetAccountsExportDto {
  outPath: string;
  accounts: number;
  bytes: number;
  sha256: string;
  revealed: boolean;
}

/**
 * The accounts at risk as the report states them (distinct accounts of the findings not dismissed, counts only): the
 * Login spikes panel and the reset form show the report's own figures, before anything is written.
 */
export interface AccountsAtRiskDto {
  /** Accounts of takeovers above low severity. */
  takenOver: number;
  /** Those takeover findings by the detector's confidence. */
  takenOverByConfidence: { high: number; medium: number; low: number };
  /** Accounts with low takeovers only: the owners' own sign-ins after a campaign's tries, not counted as taken over nor reset. */
  ownerSigninsAfterTries: number;
  /** Accounts whose leaked password was accepted before a second factor stopped the sign-in (every member, not findings). */
  credentialsValid: number;
  /** Accounts under MFA push fatigue. */
  mfaFatigue: number;
  /** Accounts exportResetAccounts writes. */
  toReset: number;
}

/** Argument schemas of the accounts-to-reset export and the accounts-at-risk counts. */
export const resetAccountsArgs = {
  accountsAtRisk: z.object({}).strict(),
  exportResetAccounts: z.object({ outPath: pathArg, includePersonalData: z.boolean().default(false), overwrite: z.boolean().default(false) }).strict(),
};

/** Accounts to reset: the accounts whose credentials are known to work (takeover, confirmed valid, MFA fatigue), as a CSV for identity management. */
export interface ResetAccountsApi {
  accountsAtRisk(a: z.input<typeof resetAccountsArgs.accountsAtRisk>): Promise<AccountsAtRiskDto>;
  exportResetAccounts(a: z.input<typeof resetAccountsArgs.exportResetAccounts>): Promise<ResetAccountsExportDto>;
}

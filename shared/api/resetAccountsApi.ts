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

/** Argument schemas of the accounts-to-reset export. */
export const resetAccountsArgs = {
  exportResetAccounts: z.object({ outPath: pathArg, includePersonalData: z.boolean().default(false), overwrite: z.boolean().default(false) }).strict(),
};

/** Accounts to reset: the accounts whose credentials are known to work (takeover, confirmed valid, MFA fatigue), as a CSV for identity management. */
export interface ResetAccountsApi {
  exportResetAccounts(a: z.input<typeof resetAccountsArgs.exportResetAccounts>): Promise<ResetAccountsExportDto>;
}

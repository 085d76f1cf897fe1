import type { FindingKind } from '../../../../shared/api/findingsApi';
import { resetKinds } from '../../../../shared/api/resetAccountsApi';

/** Finding kinds that are one credential campaign each. */
export const campaignKinds: readonly FindingKind[] = ['credential_stuffing', 'password_spray', 'brute_force'];

/** Finding kinds that are one account's outcome: what a campaign (or a push storm) achieved, the accounts to reset. */
export const outcomeKinds: readonly FindingKind[] = resetKinds;

import type { ApiArg } from '../../../../shared/api';
import type { FindingKind } from '../../../../shared/api/findingsApi';
import { outcomeKinds } from './campaignKinds';

/**
 * How the Login spikes screen reads a kind of stored finding: an account outcome as the report counts it (not dismissed;
 * a takeover above low only, the low ones being paged apart by OwnerSigninsTable so they never push a real one out of
 * the read), a campaign as stored.
 */
export function storedReadFilter(kind: FindingKind): Pick<ApiArg<'listFindings'>, 'minSeverity' | 'undismissed'> {
  if (!outcomeKinds.includes(kind)) return {};
  return kind === 'account_takeover' ? { minSeverity: 'medium', undismissed: true } : { undismissed: true };
}

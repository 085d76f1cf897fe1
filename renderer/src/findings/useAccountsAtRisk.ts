import { useQuery, type QueryState } from '../api/useQuery';
import type { AccountsAtRiskDto } from '../../../shared/api/resetAccountsApi';

/** The accounts at risk as the report counts them (Api accountsAtRisk): Accounts at risk and the reset form state the report's figures, not counts of the findings they list. */
export function useAccountsAtRisk(): QueryState<AccountsAtRiskDto> {
  return useQuery('accountsAtRisk', {}, 'accounts-at-risk');
}

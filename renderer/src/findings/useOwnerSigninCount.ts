import { useQuery } from '../api/useQuery';

/** How many takeovers are low (the owners' own sign-ins after a campaign's tries), as exact engine totals: the Accounts to reset form says they are left out, so its count is not read as a loss. */
export function useOwnerSigninCount(): { count: number | undefined; reload: () => void } {
  const all = useQuery('listFindings', { kind: 'account_takeover', limit: 1 }, 'owner-signins-all');
  const aboveLow = useQuery('listFindings', { kind: 'account_takeover', minSeverity: 'medium', limit: 1 }, 'owner-signins-above-low');
  const count = all.data && aboveLow.data ? all.data.total - aboveLow.data.total : undefined;
  return {
    count,
    reload: () => {
      all.reload();
      aboveLow.reload();
    },
  };
}

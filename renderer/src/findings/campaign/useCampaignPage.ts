import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { campaignKinds } from './campaignKinds';

/** Campaigns per page of the Login spikes list (paged in SQL, so thousands of brute-force findings stay light and every one is reachable). */
const campaignPageSize = 100;

/**
 * One page of the stored campaigns the analyst has not dismissed (the ones the report and the Findings figures count),
 * in detector order, with their exact total, and how many were dismissed (said beside the list, never lost silently).
 */
export function useCampaignPage() {
  const [offset, setOffset] = useState(0);
  const arg = { kinds: [...campaignKinds], undismissed: true, offset, limit: campaignPageSize };
  const page = useQuery('listFindings', arg, JSON.stringify(arg));
  const dismissedArg = { kinds: [...campaignKinds], status: 'dismissed' as const, limit: 1 };
  const dismissed = useQuery('listFindings', dismissedArg, JSON.stringify(dismissedArg));
  return { page: page.data, dismissed: dismissed.data?.total, error: page.error ?? dismissed.error, offset, limit: campaignPageSize, onOffset: setOffset };
}

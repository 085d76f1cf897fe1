import { useState } from 'react';
import type { ApiArg } from '../../../../shared/api';
import type { FindingKind } from '../../../../shared/api/findingsApi';
import { useQuery } from '../../api/useQuery';

/** Rows per page of the Login spikes lists (paged in SQL, so thousands of brute-force or takeover findings stay light and every one is reachable). */
const pageSize = 100;

/**
 * One page of the stored findings of some kinds that the analyst has not dismissed (the ones the report and the Findings
 * figures count), read as `read` says (order, low takeovers apart), with their exact total, and how many of those kinds
 * were dismissed (said beside the list, never lost silently); `pager` is what PagedTable takes to turn its pages.
 */
export function useUndismissedPage(kinds: readonly FindingKind[], read: Pick<ApiArg<'listFindings'>, 'order' | 'exceptLowTakeovers'> = {}) {
  const [offset, setOffset] = useState(0);
  const arg = { kinds: [...kinds], undismissed: true, ...read, offset, limit: pageSize };
  const page = useQuery('listFindings', arg, JSON.stringify(arg));
  const dismissedArg = { kinds: [...kinds], status: 'dismissed' as const, limit: 1 };
  const dismissed = useQuery('listFindings', dismissedArg, JSON.stringify(dismissedArg));
  return { page: page.data, dismissed: dismissed.data?.total, error: page.error ?? dismissed.error, pager: { offset, limit: pageSize, onOffset: setOffset } };
}

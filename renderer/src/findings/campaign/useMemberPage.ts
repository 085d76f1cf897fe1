import { useState } from 'react';
import type { ApiArg } from '../../../../shared/api';
import { useQuery } from '../../api/useQuery';

/** Rows per page of a member table (paged in SQL, so a campaign of any size stays light). */
const memberPageSize = 25;

/** One page of a stored finding's accounts or sources, with what a PagedTable needs to show and turn it. */
export function useMemberPage<M extends 'findingAccounts' | 'findingSources'>(method: M, findingId: string) {
  const [offset, setOffset] = useState(0);
  const arg = { id: findingId, offset, limit: memberPageSize } as ApiArg<M>;
  const q = useQuery(method, arg, JSON.stringify(arg));
  return { page: q.data, error: q.error, offset, limit: memberPageSize, onOffset: setOffset };
}

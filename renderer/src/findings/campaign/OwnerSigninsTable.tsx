import { useState } from 'react';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { useQuery } from '../../api/useQuery';
import { formatCountOf } from '../../ui/format';
import { PagedTable } from '../../ui/PagedTable';
import { outcomeColumns } from './outcomeColumns';

/** Rows per page of the owners' sign-ins after tries (paged in SQL as a campaign's members are, so thousands stay light). */
const pageSize = 25;

/** Every low takeover not dismissed (the owners' own sign-ins after tries, as the report counts them), paged in SQL with its exact total: a mass campaign leaves more than one read could hold, and each must be reachable. */
export function OwnerSigninsTable({ pickedId, onPick }: { pickedId: string | undefined; onPick: (f: FindingDto) => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { kind: 'account_takeover' as const, severity: 'low' as const, undismissed: true, offset, limit: pageSize };
  const q = useQuery('listFindings', arg, JSON.stringify(arg));
  return (
    <div data-testid="owner-signins">
      <PagedTable
        page={q.data}
        error={q.error}
        columns={outcomeColumns}
        rowKey={(f) => f.id}
        rowAttributes={(f) => ({ 'data-testid': 'owner-signin-row', 'data-id': f.id })}
        onPick={onPick}
        isSelected={(f) => f.id === pickedId}
        totalLabel={(n) => formatCountOf(n, "low takeover finding (owner's sign-in after tries)", "low takeover findings (owners' sign-ins after tries)")}
        totalTestId="owner-signins-total"
        offset={offset}
        limit={pageSize}
        onOffset={setOffset}
        maxHeight={260}
      />
    </div>
  );
}

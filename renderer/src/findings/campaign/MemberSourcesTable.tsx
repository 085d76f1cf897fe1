import { useState } from 'react';
import type { MemberSourceDto } from '../../../../shared/api/findingEvidence';
import { useQuery } from '../../api/useQuery';
import type { Column } from '../../ui/DataTable';
import { PagedTable } from '../../ui/PagedTable';
import { formatCount } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showIp } from '../../ui/showIp';
import { memberPageSize } from './MemberAccountsTable';

const columns: Array<Column<MemberSourceDto>> = [
  { head: 'Source', className: 'mono', testId: 'cell-ip', cell: (r) => showIp(r.ip) },
  { head: 'Attempts', num: true, testId: 'cell-attempts', cell: (r) => formatCount(r.attempts) },
  { head: 'Accounts', num: true, cell: (r) => formatCount(r.accounts) },
  { head: 'ASN', cell: (r) => r.asn ?? '—' },
  { head: 'Country', cell: (r) => r.country ?? '—' },
  { head: 'Range', cell: (r) => r.rangeLabel ?? '' },
  { head: 'Last (UTC)', cell: (r) => formatShortUtc(r.lastSeen) },
];

/** Every source a stored finding names (attempts, accounts, ASN, country, range label), paged with its exact total. */
export function MemberSourcesTable({ findingId }: { findingId: string }) {
  const [offset, setOffset] = useState(0);
  const arg = { id: findingId, offset, limit: memberPageSize };
  const q = useQuery('findingSources', arg, JSON.stringify(arg));
  return (
    <div data-testid="member-sources">
      <PagedTable
        page={q.data}
        error={q.error}
        columns={columns}
        rowKey={(r, i) => `${r.ip ?? '∅'}-${i}`}
        rowAttributes={(r) => ({ 'data-testid': 'member-source-row', title: `First seen ${formatShortUtc(r.firstSeen)} UTC` })}
        totalLabel={(n) => `${formatCount(n)} sources`}
        totalTestId="member-sources-total"
        offset={offset}
        limit={memberPageSize}
        onOffset={setOffset}
        compact
        maxHeight={320}
      />
    </div>
  );
}

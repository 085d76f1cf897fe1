import type { MemberSourceDto } from '../../../../shared/api/findingEvidence';
import type { Column } from '../../ui/DataTable';
import { PagedTable } from '../../ui/PagedTable';
import { formatCountOf } from '../../ui/format';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showIp } from '../../ui/showIp';
import { useMemberPage } from './useMemberPage';

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
  const paging = useMemberPage('findingSources', findingId);
  return (
    <div data-testid="member-sources">
      <PagedTable
        {...paging}
        columns={columns}
        rowKey={(r, i) => `${r.ip ?? '∅'}-${i}`}
        rowAttributes={(r) => ({ 'data-testid': 'member-source-row', title: `First seen ${formatShortUtc(r.firstSeen)} UTC` })}
        totalLabel={(n) => formatCountOf(n, 'source')}
        totalTestId="member-sources-total"
        compact
        maxHeight={320}
      />
    </div>
  );
}

import type { MemberAccountDto } from '../../../../shared/api/findingEvidence';
import type { Column } from '../../ui/DataTable';
import { PagedTable } from '../../ui/PagedTable';
import { formatCountOf } from '../../ui/format';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showUser } from '../../ui/showUser';
import { outcomeLabel } from './outcomeLabel';
import { useMemberPage } from './useMemberPage';

/** The outcome's colour: a takeover is critical, a confirmed password or fatigue high, the rest muted. */
const outcomeClass = (r: MemberAccountDto): string => (r.outcome === 'takeover' ? 'sev-critical' : r.outcome === 'failed' || r.outcome === 'usual_success' ? 'muted' : 'sev-high');

const columns: Array<Column<MemberAccountDto>> = [
  { head: 'Account', testId: 'cell-user', cell: (r) => showUser(r.user) },
  { head: 'Attempts', num: true, testId: 'cell-attempts', cell: (r) => formatCount(r.attempts) },
  { head: 'Sources', num: true, cell: (r) => formatCount(r.sources) },
  { head: 'Outcome', className: outcomeClass, cell: (r) => outcomeLabel(r.outcome) },
  { head: 'In leak', cell: (r) => (r.leaked === null ? '—' : r.leaked ? 'yes' : 'no') },
  { head: 'First (UTC)', cell: (r) => formatShortUtc(r.firstSeen) },
  { head: 'Last (UTC)', cell: (r) => formatShortUtc(r.lastSeen) },
];

/** Every account a stored finding names (attempts, sources, outcome, in the leak), paged with its exact total. */
export function MemberAccountsTable({ findingId }: { findingId: string }) {
  const paging = useMemberPage('findingAccounts', findingId);
  return (
    <div data-testid="member-accounts">
      <PagedTable
        {...paging}
        columns={columns}
        rowKey={(r, i) => `${r.user ?? '∅'}-${i}`}
        rowAttributes={(r) => ({ 'data-testid': 'member-account-row', 'data-outcome': r.outcome })}
        totalLabel={(n) => formatCountOf(n, 'account')}
        totalTestId="member-accounts-total"
        compact
        maxHeight={320}
      />
    </div>
  );
}

import type { TopAccountDto } from '../../../shared/api/spikesApi';
import { DataTable, type Column } from '../ui/DataTable';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { showUser } from '../ui/showUser';

const columns: Array<Column<TopAccountDto>> = [
  { head: 'Account', testId: 'cell-user', cell: (r) => showUser(r.user) },
  { head: 'Failed', num: true, testId: 'cell-failed', cell: (r) => formatCount(r.failed) },
  { head: 'OK', num: true, cell: (r) => formatCount(r.success) },
  { head: 'Sources', num: true, cell: (r) => formatCount(r.sources) },
  { head: 'Last seen (UTC)', cell: (r) => formatUtc(r.lastSeen) },
];

/** Accounts ranked by failed sign-ins; clicking a row shows that account's events. */
export function TopAccountsTable({ rows, onPick }: { rows: TopAccountDto[]; onPick: (r: TopAccountDto) => void }) {
  if (rows.length === 0) return <p className="hint">No sign-ins in this range.</p>;
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.user ?? '∅'}
      rowAttributes={(r) => ({ 'data-testid': 'top-account-row', title: `First seen ${formatUtc(r.firstSeen)} UTC` })}
      onPick={onPick}
      testId="top-accounts"
    />
  );
}

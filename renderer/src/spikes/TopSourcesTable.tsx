import type { TopSourceDto } from '../../../shared/api/spikesApi';
import { DataTable, type Column } from '../ui/DataTable';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { showIp } from '../ui/showIp';

const columns: Array<Column<TopSourceDto>> = [
  { head: 'Source IP', className: 'mono', testId: 'cell-ip', cell: (r) => showIp(r.ip) },
  { head: 'Failed', num: true, testId: 'cell-failed', cell: (r) => formatCount(r.failed) },
  { head: 'OK', num: true, cell: (r) => formatCount(r.success) },
  { head: 'Accounts', num: true, cell: (r) => formatCount(r.accounts) },
  { head: 'Last seen (UTC)', cell: (r) => formatUtc(r.lastSeen) },
];

/** Source IPs ranked by failed sign-ins; clicking a row shows that source's events. */
export function TopSourcesTable({ rows, onPick }: { rows: TopSourceDto[]; onPick: (r: TopSourceDto) => void }) {
  if (rows.length === 0) return <p className="hint">No sign-ins in this range.</p>;
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.ip ?? '∅'}
      rowAttributes={(r) => ({ 'data-testid': 'top-source-row', title: `First seen ${formatUtc(r.firstSeen)} UTC` })}
      onPick={onPick}
      testId="top-sources"
    />
  );
}

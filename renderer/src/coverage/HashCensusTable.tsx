import type { PasswordHashDto } from '../../../shared/api/coverageApi';
import { DataTable } from '../ui/DataTable';
import { formatCount } from '../../../shared/format/formatCount';
import { formatShare } from '../ui/formatShare';

/** The password columns' hash schemes, decided by unambiguous structure only, with counts and shares per column. */
export function HashCensusTable({ hashes }: { hashes: PasswordHashDto[] }) {
  if (hashes.length === 0) return <p className="hint">No password column in this source.</p>;
  const perColumn = new Map<string, number>();
  for (const h of hashes) perColumn.set(h.column, (perColumn.get(h.column) ?? 0) + h.count);
  return (
    <DataTable
      rows={hashes}
      columns={[
        { head: 'Column', className: 'mono', cell: (h) => h.column },
        { head: 'Scheme', cell: (h) => h.scheme },
        { head: 'Values', num: true, testId: 'cell-count', cell: (h) => formatCount(h.count) },
        { head: 'Share', num: true, cell: (h) => formatShare(h.count / (perColumn.get(h.column) ?? 1)) },
      ]}
      rowKey={(h) => `${h.column}|${h.scheme}`}
      rowAttributes={(h) => ({ 'data-testid': 'hash-row', 'data-scheme': h.scheme })}
      testId="hash-census"
    />
  );
}

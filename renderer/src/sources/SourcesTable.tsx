import type { SourceDto } from '../../../shared/api/sourcesApi';
import { DataTable, type Column } from '../ui/DataTable';
import { formatBytes } from '../../../shared/format/formatBytes';
import { formatCount } from '../../../shared/format/formatCount';

const columns: Array<Column<SourceDto>> = [
  { head: '#', cell: (s) => s.id },
  { head: 'Kind', cell: (s) => s.kind },
  { head: 'File', title: (s) => s.path, cell: (s) => s.path.split(/[\\/]/).pop() },
  { head: 'Format', cell: (s) => s.format },
  { head: 'Size', num: true, cell: (s) => formatBytes(s.size) },
  { head: 'Rows', num: true, testId: 'source-rows', cell: (s) => formatCount(s.rowsLoaded) },
  { head: 'Rejected', num: true, testId: 'source-rejected', cell: (s) => formatCount(s.rowsRejected) },
  { head: 'SHA-256', className: 'mono', title: (s) => s.sha256, testId: 'source-sha256', cell: (s) => `${s.sha256.slice(0, 16)}…` },
  { head: 'Status', title: (s) => s.message ?? '', cell: (s) => s.status },
];

/** The case's sources with their format, row counts and SHA-256, as recorded at load. */
export function SourcesTable({ sources, selected, onSelect }: { sources: SourceDto[]; selected: number | null; onSelect: (id: number) => void }) {
  if (sources.length === 0) return <p className="hint">No sources yet: add a leak sample or an access log.</p>;
  return (
    <DataTable
      rows={sources}
      columns={columns}
      rowKey={(s) => s.id}
      rowAttributes={(s) => ({ 'data-testid': `source-row-${s.id}` })}
      onPick={(s) => onSelect(s.id)}
      isSelected={(s) => s.id === selected}
      testId="sources-table"
      scroll={false}
    />
  );
}

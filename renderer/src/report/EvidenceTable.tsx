import type { ManifestEntryDto } from '../../../shared/api/reportApi';
import { DataTable, type Column } from '../ui/DataTable';
import { formatBytes } from '../../../shared/format/formatBytes';

const columns: Array<Column<ManifestEntryDto>> = [
  { head: '#', cell: (e) => e.sourceId },
  { head: 'File', title: (e) => e.path, cell: (e) => e.path.split(/[\\/]/).pop() },
  { head: 'Size', num: true, cell: (e) => formatBytes(e.size) },
  { head: 'SHA-256 at load', className: 'mono', title: (e) => e.sha256, cell: (e) => `${e.sha256.slice(0, 20)}…` },
  { head: 'Now', testId: 'evidence-state', className: (e) => (e.state === 'verified' ? 'ok' : 'sev-critical'), cell: (e) => (e.state === 'verified' ? 'verified' : e.state.toUpperCase()) },
];

/** Each input as hashed at load and as re-hashed now: the evidence manifest reports carry. */
export function EvidenceTable({ entries }: { entries: ManifestEntryDto[] }) {
  if (entries.length === 0) return <p className="hint">No inputs loaded yet.</p>;
  return <DataTable rows={entries} columns={columns} rowKey={(e) => e.sourceId} testId="evidence-table" compact scroll={false} />;
}

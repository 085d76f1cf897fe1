import type { ReportVersionDto } from '../../../shared/api/reportApi';
import { DataTable, type Column } from '../ui/DataTable';

const columns: Array<Column<ReportVersionDto>> = [
  { head: 'Version', num: true, cell: (v) => v.version },
  { head: 'Written (UTC)', cell: (v) => v.writtenAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') },
  { head: 'Format', cell: (v) => v.format },
  { head: 'File', title: (v) => v.outPath, cell: (v) => v.outPath.split(/[\\/]/).pop() },
  { head: 'Personal data', cell: (v) => (v.includePersonalData ? 'included' : 'masked') },
  { head: 'Evidence', className: (v) => (v.evidenceIntact ? 'ok' : 'sev-critical'), cell: (v) => (v.evidenceIntact ? 'intact' : 'CHANGED') },
];

/** Reports already written from this case, for phased notification (GDPR Art. 33(4)). */
export function VersionsTable({ versions }: { versions: ReportVersionDto[] }) {
  if (versions.length === 0) return <p className="hint">No report written yet.</p>;
  return <DataTable rows={versions} columns={columns} rowKey={(v) => v.version} testId="versions-table" compact scroll={false} />;
}

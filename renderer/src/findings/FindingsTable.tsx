import type { FindingDto } from '../../../shared/api/findingsApi';
import { takeoverEvidence } from './campaign/evidenceShapes';
import { isOwnerSigninAfterTries } from './campaign/isOwnerSigninAfterTries';
import { memberCounts } from './campaign/memberCounts';
import { DataTable, type Column } from '../ui/DataTable';
import { entitySummary } from '../ui/entitySummary';
import { formatShortUtc } from '../ui/formatShortUtc';
import { kindLabel } from '../ui/kindLabel';
import { SeverityBadge } from '../ui/SeverityBadge';

const columns: Array<Column<FindingDto>> = [
  { head: 'Severity', cell: (f) => <SeverityBadge severity={f.severity} /> },
  {
    head: 'Kind',
    className: 'wrap-ok',
    cell: (f) => (
      <>
        {kindLabel(f.kind)}
        {takeoverEvidence(f) && (
          <span className="muted" data-testid="cell-confidence">
            {isOwnerSigninAfterTries(f) ? " · owner's sign-in after tries" : ` · ${takeoverEvidence(f)?.confidence ?? ''}\u00a0confidence`}
          </span>
        )}
      </>
    ),
  },
  { head: 'Sources', className: 'mono', testId: 'cell-ip', cell: (f) => entitySummary(f.ips, memberCounts(f).sources) },
  { head: 'Accounts', testId: 'cell-user', cell: (f) => entitySummary(f.users, memberCounts(f).accounts) },
  { head: 'Start (UTC)', cell: (f) => formatShortUtc(f.start) },
  { head: 'End (UTC)', cell: (f) => formatShortUtc(f.end) },
  { head: 'Status', testId: 'cell-status', className: (f) => (f.status === 'confirmed' ? 'sev-high' : f.status === 'dismissed' ? 'muted' : ''), cell: (f) => f.status },
  { head: 'Note', testId: 'cell-note', title: (f) => f.note ?? '', cell: (f) => <div className="clamp-2">{f.note ?? ''}</div> },
];

/** The stored findings of every detector: severity, kind, entities (pseudonyms unless revealed), window, verdict; a click opens one. */
export function FindingsTable({ rows, selected, onSelect }: { rows: FindingDto[]; selected: string | null; onSelect: (f: FindingDto) => void }) {
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(f) => f.id}
      rowAttributes={(f) => ({ 'data-testid': 'finding-row', 'data-kind': f.kind, 'data-id': f.id })}
      onPick={onSelect}
      isSelected={(f) => f.id === selected}
      testId="findings-table"
      scroll={{ maxHeight: 420 }}
    />
  );
}

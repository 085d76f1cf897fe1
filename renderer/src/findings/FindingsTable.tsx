import type { FindingDto } from '../../../shared/api/findingsApi';
import { takeoverEvidence } from './campaign/evidenceShapes';
import { memberCounts } from './campaign/memberCounts';
import { entitySummary } from '../ui/entitySummary';
import { formatShortUtc } from '../ui/formatShortUtc';
import { kindLabel } from '../ui/kindLabel';
import { SeverityBadge } from '../ui/SeverityBadge';
import { activateOnKey } from '../ui/activateOnKey';

/** The stored findings of every detector: severity, kind, entities (pseudonyms unless revealed), window, verdict; a click opens one. */
export function FindingsTable({ rows, selected, onSelect }: { rows: FindingDto[]; selected: string | null; onSelect: (f: FindingDto) => void }) {
  return (
    <div className="table-scroll" style={{ maxHeight: 420 }}>
      <table className="grid" data-testid="findings-table">
        <thead>
          <tr>
            <th>Severity</th>
            <th>Kind</th>
            <th>Sources</th>
            <th>Accounts</th>
            <th>Start (UTC)</th>
            <th>End (UTC)</th>
            <th>Status</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} data-testid="finding-row" data-kind={f.kind} data-id={f.id} className={`clickable${f.id === selected ? ' selected' : ''}`} onClick={() => onSelect(f)} {...activateOnKey(() => onSelect(f))}>
              <td>
                <SeverityBadge severity={f.severity} />
              </td>
              <td>
                {kindLabel(f.kind)}
                {takeoverEvidence(f) && <span className="muted" data-testid="cell-confidence">{` · ${takeoverEvidence(f)?.confidence ?? ''} confidence`}</span>}
              </td>
              <td className="mono" data-testid="cell-ip">
                {entitySummary(f.ips, memberCounts(f).sources)}
              </td>
              <td data-testid="cell-user">{entitySummary(f.users, memberCounts(f).accounts)}</td>
              <td>{formatShortUtc(f.start)}</td>
              <td>{formatShortUtc(f.end)}</td>
              <td data-testid="cell-status" className={f.status === 'confirmed' ? 'sev-high' : f.status === 'dismissed' ? 'muted' : ''}>
                {f.status}
              </td>
              <td title={f.note ?? ''} style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="cell-note">
                {f.note ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

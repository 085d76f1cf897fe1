import { findingKinds, findingStatuses, severities, type FindingKind, type FindingStatus, type Severity } from '../../../shared/api/findingsApi';
import { kindLabel } from '../ui/kindLabel';

/** Which findings the list shows: one kind, one status, a least severity, or all. */
export interface FindingFilter {
  kind?: FindingKind;
  status?: FindingStatus;
  minSeverity?: Severity;
}

/** Kind, status and severity pickers for the findings list. */
export function FindingFilters({ filter, onChange }: { filter: FindingFilter; onChange: (f: FindingFilter) => void }) {
  return (
    <div className="row">
      <select aria-label="Kind" data-testid="filter-kind" value={filter.kind ?? ''} onChange={(e) => onChange({ ...filter, kind: (e.target.value || undefined) as FindingKind | undefined })}>
        <option value="">All kinds</option>
        {findingKinds.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      <select
        aria-label="Severity"
        data-testid="filter-severity"
        value={filter.minSeverity ?? ''}
        onChange={(e) => onChange({ ...filter, minSeverity: (e.target.value || undefined) as Severity | undefined })}
      >
        <option value="">Any severity</option>
        {[...severities].reverse().map((s) => (
          <option key={s} value={s}>
            {s === 'critical' ? 'critical' : `${s} and above`}
          </option>
        ))}
      </select>
      <select aria-label="Status" data-testid="filter-status" value={filter.status ?? ''} onChange={(e) => onChange({ ...filter, status: (e.target.value || undefined) as FindingStatus | undefined })}>
        <option value="">Any status</option>
        {findingStatuses.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}

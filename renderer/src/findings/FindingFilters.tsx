import { findingKinds, findingStatuses, type FindingKind, type FindingStatus } from '../../../shared/api/findingsApi';
import { kindLabel } from '../ui/kindLabel';

/** Which findings the list shows: one kind, one status, or all. */
export interface FindingFilter {
  kind?: FindingKind;
  status?: FindingStatus;
}

/** Kind and status pickers for the findings list. */
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

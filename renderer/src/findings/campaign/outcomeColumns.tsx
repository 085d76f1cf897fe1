import type { FindingDto } from '../../../../shared/api/findingsApi';
import type { Column } from '../../ui/DataTable';
import { entitySummary } from '../../ui/entitySummary';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { showIp } from '../../ui/showIp';
import { ConfidenceBadge } from './ConfidenceBadge';
import { takeoverEvidence } from './evidenceShapes';
import { isOwnerSigninAfterTries } from './isOwnerSigninAfterTries';
import { memberCounts } from './memberCounts';

/** Where the outcome came from: the takeover's suspicious address, else the finding's sources. */
function fromCell(f: FindingDto) {
  const e = takeoverEvidence(f);
  if (e) return showIp(e.suspicious.ip);
  return f.ips.length > 0 ? entitySummary(f.ips, memberCounts(f).sources) : <span className="muted">see its accounts</span>;
}

/** The columns of an account outcome, shared by the Accounts at risk list and the paged owners' sign-ins after tries, so both read alike. */
export const outcomeColumns: Array<Column<FindingDto>> = [
  { head: 'Severity', cell: (f) => <SeverityBadge severity={f.severity} /> },
  {
    head: 'Confidence',
    cell: (f) => {
      const e = takeoverEvidence(f);
      return e ? <ConfidenceBadge confidence={e.confidence} /> : <span className="muted">—</span>;
    },
  },
  { head: 'Kind', cell: (f) => (isOwnerSigninAfterTries(f) ? "Owner's sign-in after tries" : kindLabel(f.kind)) },
  { head: 'Account', testId: 'cell-user', cell: (f) => entitySummary(f.users, memberCounts(f).accounts) },
  { head: 'From', className: 'mono', testId: 'cell-ip', cell: fromCell },
  { head: 'When (UTC)', cell: (f) => formatShortUtc(takeoverEvidence(f)?.suspicious.ts ?? f.start) },
];

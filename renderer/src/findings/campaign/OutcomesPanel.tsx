import { useState } from 'react';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { DataTable, type Column } from '../../ui/DataTable';
import { entitySummary } from '../../ui/entitySummary';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { Panel } from '../../ui/Panel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { showIp } from '../../ui/showIp';
import { usePicked } from '../../ui/usePicked';
import { outcomeKinds } from './campaignKinds';
import { ConfidenceBadge } from './ConfidenceBadge';
import { byConfidence, takeoverEvidence } from './evidenceShapes';
import { isOwnerSigninAfterTries } from './isOwnerSigninAfterTries';
import { memberCounts } from './memberCounts';
import { OpenedFinding } from './OpenedFinding';
import { OutcomeTotals } from './OutcomeTotals';
import { OwnerSigninsToggle } from './OwnerSigninsToggle';
import { ofKinds, type StoredFindings } from './useStoredFindings';

/** Where the outcome came from: the takeover's suspicious address, else the finding's sources. */
function fromCell(f: FindingDto) {
  const e = takeoverEvidence(f);
  if (e) return showIp(e.suspicious.ip);
  return f.ips.length > 0 ? entitySummary(f.ips, memberCounts(f).sources) : <span className="muted">see its accounts</span>;
}

const columns: Array<Column<FindingDto>> = [
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

/** What the campaigns achieved, per account: takeovers sorted by confidence, then passwords confirmed valid and MFA fatigue, the owners' own sign-ins after tries (low) last and hidden until asked; the opened one shows its reasons beside the account's usual addresses. */
export function OutcomesPanel({ revealed, stored, error, onPick }: { revealed: boolean; stored: StoredFindings | undefined; error: string | null; onPick: (f: FindingDto) => void }) {
  const q = ofKinds(stored, outcomeKinds);
  const [showOwnerSignins, setShowOwnerSignins] = useState(false);
  const all = [...(q?.rows ?? [])].sort(byConfidence);
  const atRisk = all.filter((f) => !isOwnerSigninAfterTries(f));
  const rows = showOwnerSignins ? [...atRisk, ...all.filter(isOwnerSigninAfterTries)] : atRisk;
  const [current, choose] = usePicked(rows);
  const ownerSignins = q ? (q.totals.account_takeover ?? 0) - (q.aboveLow.account_takeover ?? 0) : 0;
  return (
    <Panel title="Accounts at risk" testId="outcomes" aside={q && <OutcomeTotals stored={q} />}>
      <ErrorNote message={error} />
      {q && q.total === 0 && <p className="hint">No takeover, confirmed-valid password or MFA fatigue stored.</p>}
      {rows.length > 0 && (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(f) => f.id}
          rowAttributes={(f) => ({ 'data-testid': 'outcome-row', 'data-id': f.id, 'data-kind': f.kind, 'data-confidence': takeoverEvidence(f)?.confidence ?? '', 'data-severity': f.severity })}
          onPick={choose}
          isSelected={(f) => f.id === current?.id}
          scroll={{ maxHeight: 260 }}
        />
      )}
      <OwnerSigninsToggle count={ownerSignins} shown={showOwnerSignins} onToggle={() => setShowOwnerSignins((v) => !v)} />
      {current && <OpenedFinding finding={current} revealed={revealed} testId="outcome-detail" eventsTestId="outcome-events" onPick={onPick} />}
    </Panel>
  );
}

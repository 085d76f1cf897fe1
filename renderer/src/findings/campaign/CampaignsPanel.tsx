import type { CampaignEvidence } from '../../../../shared/api/findingEvidence';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { RunDetectorsBar } from '../RunDetectorsBar';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { Panel } from '../../ui/Panel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { usePicked } from '../../ui/usePicked';
import { campaignKinds } from './campaignKinds';
import { campaignEvidence } from './evidenceShapes';
import { memberCounts } from './memberCounts';
import { OpenedFinding } from './OpenedFinding';
import { ofKinds, type StoredFindings } from './useStoredFindings';

/** A campaign figure from its evidence, or a dash when the finding predates campaign evidence. */
const figure = (f: FindingDto, pick: (c: CampaignEvidence) => number): string => {
  const c = campaignEvidence(f);
  return c ? formatCount(pick(c)) : '—';
};

const columns: Array<Column<FindingDto>> = [
  { head: 'Severity', cell: (f) => <SeverityBadge severity={f.severity} /> },
  { head: 'Kind', cell: (f) => kindLabel(f.kind) },
  { head: 'Accounts', num: true, testId: 'cell-accounts', cell: (f) => formatCount(memberCounts(f).accounts) },
  { head: 'Sources', num: true, testId: 'cell-sources', cell: (f) => formatCount(memberCounts(f).sources) },
  { head: 'Attempts', num: true, cell: (f) => figure(f, (c) => c.attempts) },
  { head: 'Takeovers', num: true, className: (f) => ((campaignEvidence(f)?.takeovers ?? 0) > 0 ? 'sev-critical' : ''), cell: (f) => figure(f, (c) => c.takeovers) },
  { head: 'Valid passwords', num: true, className: (f) => ((campaignEvidence(f)?.confirmedValid ?? 0) > 0 ? 'sev-high' : ''), cell: (f) => figure(f, (c) => c.confirmedValid) },
  { head: 'Start (UTC)', cell: (f) => formatShortUtc(f.start) },
  { head: 'End (UTC)', cell: (f) => formatShortUtc(f.end) },
];

/** The credential campaigns stored in the case, one row each, and the opened one with its shared features and complete member tables. */
export function CampaignsPanel({ revealed, stored, error, onRun, onPick }: { revealed: boolean; stored: StoredFindings | undefined; error: string | null; onRun: () => void; onPick: (f: FindingDto) => void }) {
  const q = ofKinds(stored, campaignKinds);
  const rows = q?.rows ?? [];
  const [current, choose] = usePicked(rows);
  return (
    <Panel title={`Credential campaigns (${q ? formatCount(q.total) : '…'})`} testId="campaigns">
      <ErrorNote message={error} />
      {q && q.total === 0 && (
        <>
          <p className="hint" data-testid="campaigns-empty">
            No campaign stored. Run the detectors to classify the sign-ins into campaigns (spray, stuffing, brute force) and what they achieved.
          </p>
          <RunDetectorsBar onDone={onRun} />
        </>
      )}
      {rows.length > 0 && (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(f) => f.id}
          rowAttributes={(f) => ({ 'data-testid': 'campaign-row', 'data-id': f.id, 'data-kind': f.kind })}
          onPick={choose}
          isSelected={(f) => f.id === current?.id}
          scroll={{ maxHeight: 260 }}
        />
      )}
      {current && <OpenedFinding finding={current} revealed={revealed} testId="campaign-detail" eventsTestId="campaign-events" onPick={onPick} />}
    </Panel>
  );
}

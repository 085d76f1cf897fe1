import type { CampaignEvidence } from '../../../../shared/api/findingEvidence';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { RunDetectorsBar } from '../RunDetectorsBar';
import type { Column } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatCountOf } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { PagedTable } from '../../ui/PagedTable';
import { Panel } from '../../ui/Panel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { usePicked } from '../../ui/usePicked';
import { campaignEvidence } from './evidenceShapes';
import { memberCounts } from './memberCounts';
import { OpenedFinding } from './OpenedFinding';
import { campaignKinds } from './campaignKinds';
import { DismissedNote } from './DismissedNote';
import { useUndismissedPage } from './useUndismissedPage';

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

/**
 * The credential campaigns stored in the case and not dismissed (as the report counts them), paged in SQL with their
 * exact total and the dismissed ones counted beside them, and the opened one with its shared features and complete
 * member tables. Remounted (keyed) after each run, so it reads the new campaigns from their first page.
 */
export function CampaignsPanel({ revealed, onRun, onPick }: { revealed: boolean; onRun: () => void; onPick: (f: FindingDto) => void }) {
  const q = useUndismissedPage(campaignKinds);
  const rows = q.page?.rows ?? [];
  const [current, choose] = usePicked(rows);
  const dismissed = q.dismissed ?? 0;
  return (
    <Panel title={`Credential campaigns (${q.page ? formatCount(q.page.total) : '…'})`} testId="campaigns">
      {q.page && q.page.total === 0 && dismissed === 0 ? (
        <>
          <ErrorNote message={q.error} />
          <p className="hint" data-testid="campaigns-empty">
            No campaign stored. Run the detectors to classify the sign-ins into campaigns (spray, stuffing, brute force) and what they achieved.
          </p>
          <RunDetectorsBar onDone={onRun} />
        </>
      ) : (
        <div data-testid="campaign-list">
          <PagedTable
            page={q.page}
            error={q.error}
            columns={columns}
            rowKey={(f) => f.id}
            rowAttributes={(f) => ({ 'data-testid': 'campaign-row', 'data-id': f.id, 'data-kind': f.kind })}
            onPick={choose}
            isSelected={(f) => f.id === current?.id}
            totalLabel={(n) => formatCountOf(n, 'campaign')}
            totalTestId="campaigns-total"
            {...q.pager}
            maxHeight={260}
          />
        </div>
      )}
      <DismissedNote count={dismissed} noun="campaign" testId="campaigns-dismissed" />
      {current && <OpenedFinding finding={current} revealed={revealed} testId="campaign-detail" eventsTestId="campaign-events" onPick={onPick} />}
    </Panel>
  );
}

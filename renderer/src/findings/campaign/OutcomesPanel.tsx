import { useState } from 'react';
import type { AccountsAtRiskDto } from '../../../../shared/api/resetAccountsApi';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCountOf } from '../../ui/format';
import { PagedTable } from '../../ui/PagedTable';
import { Panel } from '../../ui/Panel';
import { usePicked } from '../../ui/usePicked';
import { outcomeKinds } from './campaignKinds';
import { DismissedNote } from './DismissedNote';
import { takeoverEvidence } from './evidenceShapes';
import { OpenedFinding } from './OpenedFinding';
import { outcomeColumns } from './outcomeColumns';
import { OutcomeTotals } from './OutcomeTotals';
import { OwnerSigninsTable } from './OwnerSigninsTable';
import { OwnerSigninsToggle } from './OwnerSigninsToggle';
import { useUndismissedPage } from './useUndismissedPage';

/**
 * What the campaigns achieved, per account: the report's figures above, then every takeover above low, password
 * confirmed valid and MFA fatigue not dismissed, paged and ordered by confidence in SQL (the top rows are the top of all
 * of them), the dismissed ones counted apart; the owners' own sign-ins after tries (low) hidden until asked, then paged
 * below; the opened one shows its reasons beside the account's usual addresses. Remounted (keyed) after each run.
 */
export function OutcomesPanel(props: { revealed: boolean; risk: AccountsAtRiskDto | undefined; error: string | null; onPick: (f: FindingDto) => void }) {
  const { revealed, risk, onPick } = props;
  const q = useUndismissedPage(outcomeKinds, { order: 'confidence', exceptLowTakeovers: true });
  const [showOwnerSignins, setShowOwnerSignins] = useState(false);
  const [ownerPick, setOwnerPick] = useState<FindingDto | null>(null);
  const [atRiskPick, chooseAtRisk] = usePicked(q.page?.rows ?? []);
  const current = (showOwnerSignins ? ownerPick : null) ?? atRiskPick;
  const ownerSignins = risk?.ownerSigninsAfterTries ?? 0;
  return (
    <Panel title="Accounts at risk" testId="outcomes" aside={risk && <OutcomeTotals risk={risk} />}>
      <ErrorNote message={props.error} />
      {q.page && q.page.total === 0 ? (
        <>
          <ErrorNote message={q.error} />
          <p className="hint">{ownerSignins > 0 ? 'No takeover above low' : 'No takeover'}, confirmed-valid password or MFA fatigue stored.</p>
        </>
      ) : (
        <div data-testid="outcome-list">
          <PagedTable
            page={q.page}
            error={q.error}
            columns={outcomeColumns}
            rowKey={(f) => f.id}
            rowAttributes={(f) => ({ 'data-testid': 'outcome-row', 'data-id': f.id, 'data-kind': f.kind, 'data-confidence': takeoverEvidence(f)?.confidence ?? '', 'data-severity': f.severity })}
            onPick={(f) => {
              setOwnerPick(null);
              chooseAtRisk(f);
            }}
            isSelected={(f) => f.id === current?.id}
            totalLabel={(n) => formatCountOf(n, 'finding')}
            totalTestId="outcomes-total"
            {...q.pager}
            maxHeight={260}
          />
        </div>
      )}
      <DismissedNote count={q.dismissed ?? 0} noun="finding" testId="outcomes-dismissed" />
      <OwnerSigninsToggle count={ownerSignins} shown={showOwnerSignins} onToggle={() => setShowOwnerSignins((v) => !v)} />
      {showOwnerSignins && ownerSignins > 0 && <OwnerSigninsTable pickedId={current?.id} onPick={setOwnerPick} />}
      {current && <OpenedFinding finding={current} revealed={revealed} testId="outcome-detail" eventsTestId="outcome-events" onPick={onPick} />}
    </Panel>
  );
}

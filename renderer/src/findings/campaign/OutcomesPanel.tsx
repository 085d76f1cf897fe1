import { useState } from 'react';
import type { AccountsAtRiskDto } from '../../../../shared/api/resetAccountsApi';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { formatCount } from '../../../../shared/format/formatCount';
import { limits } from '../../../../shared/limits';
import { DataTable } from '../../ui/DataTable';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCountOf } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import { usePicked } from '../../ui/usePicked';
import { outcomeKinds } from './campaignKinds';
import { byConfidence, takeoverEvidence } from './evidenceShapes';
import { OpenedFinding } from './OpenedFinding';
import { outcomeColumns } from './outcomeColumns';
import { OutcomeTotals } from './OutcomeTotals';
import { OwnerSigninsTable } from './OwnerSigninsTable';
import { OwnerSigninsToggle } from './OwnerSigninsToggle';
import { ofKinds, type StoredFindings } from './useStoredFindings';

/**
 * What the campaigns achieved, per account: the report's figures above, then takeovers sorted by confidence, passwords
 * confirmed valid and MFA fatigue; the owners' own sign-ins after tries (low) hidden until asked, then paged below; the
 * opened one shows its reasons beside the account's usual addresses.
 */
export function OutcomesPanel(props: { revealed: boolean; stored: StoredFindings | undefined; risk: AccountsAtRiskDto | undefined; error: string | null; onPick: (f: FindingDto) => void }) {
  const { revealed, risk, onPick } = props;
  const q = ofKinds(props.stored, outcomeKinds);
  const [showOwnerSignins, setShowOwnerSignins] = useState(false);
  const [ownerPick, setOwnerPick] = useState<FindingDto | null>(null);
  const rows = [...(q?.rows ?? [])].sort(byConfidence);
  const [atRiskPick, chooseAtRisk] = usePicked(rows);
  const current = (showOwnerSignins ? ownerPick : null) ?? atRiskPick;
  const ownerSignins = risk?.ownerSigninsAfterTries ?? 0;
  const unread = q ? q.total - q.rows.length : 0;
  return (
    <Panel title="Accounts at risk" testId="outcomes" aside={risk && <OutcomeTotals risk={risk} />}>
      <ErrorNote message={props.error} />
      {q && q.total === 0 && (
        <p className="hint">{ownerSignins > 0 ? 'No takeover above low' : 'No takeover'}, confirmed-valid password or MFA fatigue stored.</p>
      )}
      {rows.length > 0 && (
        <DataTable
          rows={rows}
          columns={outcomeColumns}
          rowKey={(f) => f.id}
          rowAttributes={(f) => ({ 'data-testid': 'outcome-row', 'data-id': f.id, 'data-kind': f.kind, 'data-confidence': takeoverEvidence(f)?.confidence ?? '', 'data-severity': f.severity })}
          onPick={(f) => {
            setOwnerPick(null);
            chooseAtRisk(f);
          }}
          isSelected={(f) => f.id === current?.id}
          scroll={{ maxHeight: 260 }}
        />
      )}
      {unread > 0 && (
        <p className="hint" data-testid="outcomes-unread">
          Listed: the first {formatCountOf(rows.length, 'finding')} of {formatCountOf(q?.total ?? 0, 'finding')} (the first {formatCount(limits.listItems)} of each kind); the Findings list, filtered by kind, holds every one.
        </p>
      )}
      <OwnerSigninsToggle count={ownerSignins} shown={showOwnerSignins} onToggle={() => setShowOwnerSignins((v) => !v)} />
      {showOwnerSignins && ownerSignins > 0 && <OwnerSigninsTable pickedId={current?.id} onPick={setOwnerPick} />}
      {current && <OpenedFinding finding={current} revealed={revealed} testId="outcome-detail" eventsTestId="outcome-events" onPick={onPick} />}
    </Panel>
  );
}

import { useState } from 'react';
import type { FindingDto } from '../../../shared/api/findingsApi';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCountOf } from '../ui/format';
import { Pager } from '../ui/Pager';
import { Panel } from '../ui/Panel';
import { RevealToggle } from '../ui/RevealToggle';
import { ScreenHeader } from '../ui/ScreenHeader';
import { RevealableScreen, type RevealProps } from '../ui/RevealableScreen';
import { FindingDetail } from './FindingDetail';
import { FindingFilters, type FindingFilter } from './FindingFilters';
import { FindingsTable } from './FindingsTable';
import { ResetAccountsForm } from './ResetAccountsForm';
import { RunDetectorsBar } from './RunDetectorsBar';
import { useAccountsAtRisk } from './useAccountsAtRisk';

const limit = 20;

/** The Findings screen: every detector's stored findings in one paged list, with severity, evidence, and the analyst's verdict and notes. */
export function FindingsView() {
  return <RevealableScreen view="finding" body={(r) => <FindingsViewBody {...r} />} />;
}

/** The screen itself, inside its reveal scope so every read it makes follows the switch. */
function FindingsViewBody({ revealed, setRevealed }: RevealProps) {
  const [filter, setFilter] = useState<FindingFilter>({});
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const arg = { ...filter, offset, limit };
  const q = useQuery('listFindings', arg, JSON.stringify(arg));
  const risk = useAccountsAtRisk();
  const rows = q.data?.rows ?? [];
  const current = rows.find((f) => f.id === selected) ?? null;
  const saved = (f: FindingDto) => {
    setSelected(f.id);
    q.reload();
    risk.reload();
  };
  return (
    <div className="stack" data-testid="findings-view">
      <ScreenHeader title="Findings" hint="Every detector's findings, stored in the case with your verdict and notes.">
        <RevealToggle revealed={revealed} onChange={setRevealed} />
      </ScreenHeader>
      <Panel title="Detectors" testId="findings-run">
        <RunDetectorsBar
          onDone={() => {
            setOffset(0);
            q.reload();
            risk.reload();
          }}
        />
      </Panel>
      <Panel
        title="All findings"
        testId="findings-list"
        aside={
          <FindingFilters
            filter={filter}
            onChange={(f) => {
              setFilter(f);
              setOffset(0);
            }}
          />
        }
      >
        <ErrorNote message={q.error} />
        {q.data && q.data.total === 0 ? (
          <p className="hint" data-testid="findings-empty">
            No findings{filter.kind || filter.status || filter.minSeverity ? ' match these filters' : ' stored yet: run the detectors'}.
          </p>
        ) : (
          <FindingsTable rows={rows} selected={selected} onSelect={(f) => setSelected(f.id)} />
        )}
        <div className="table-foot">
          <span className="muted" data-testid="findings-total">
            {q.data ? formatCountOf(q.data.total, 'finding') : 'Loading…'}
          </span>
          <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
        </div>
      </Panel>
      {current && <FindingDetail finding={current} revealed={revealed} onSaved={saved} />}
      <Panel title="Accounts to reset" testId="reset-panel">
        <ResetAccountsForm risk={risk.data} />
      </Panel>
    </div>
  );
}

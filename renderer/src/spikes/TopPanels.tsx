import type { TopAccountDto, TopSourceDto } from '../../../shared/api/spikesApi';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import type { TimeRange } from './TimeRange';
import { TopAccountsTable } from './TopAccountsTable';
import { TopSourcesTable } from './TopSourcesTable';

/** Top sources and top accounts by failed sign-ins for the chart's current range, side by side. */
export function TopPanels({ range, onSource, onAccount }: { range: TimeRange; onSource: (r: TopSourceDto) => void; onAccount: (r: TopAccountDto) => void }) {
  const arg = { ...range, limit: 10 };
  const sources = useQuery('topSources', arg, JSON.stringify(arg));
  const accounts = useQuery('topAccounts', arg, JSON.stringify(arg));
  return (
    <div className="grid-2">
      <Panel title="Top sources by failed sign-ins" testId="top-sources-panel">
        <ErrorNote message={sources.error} />
        {sources.data && <TopSourcesTable rows={sources.data} onPick={onSource} />}
      </Panel>
      <Panel title="Top accounts by failed sign-ins" testId="top-accounts-panel">
        <ErrorNote message={accounts.error} />
        {accounts.data && <TopAccountsTable rows={accounts.data} onPick={onAccount} />}
      </Panel>
    </div>
  );
}

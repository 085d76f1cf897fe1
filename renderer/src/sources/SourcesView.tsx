import { useQuery } from '../api/useQuery';
import { BytesOverTimeChart } from '../exports/BytesOverTimeChart';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { AddSourceForm } from './AddSourceForm';
import { SourcesTable } from './SourcesTable';

/** The Sources screen: add inputs, see what each loaded, and the bytes-per-hour overview. */
export function SourcesView({ onChanged }: { onChanged: () => void }) {
  const sources = useQuery('listSources', {}, 'sources');
  const buckets = useQuery('transferPerHour', {}, 'tph');
  const refresh = () => {
    sources.reload();
    buckets.reload();
    onChanged();
  };
  return (
    <div className="stack">
      <Panel title="Add a source">
        <AddSourceForm onAdded={refresh} />
      </Panel>
      <Panel title="Sources">
        <ErrorNote message={sources.error} />
        {sources.data && <SourcesTable sources={sources.data} />}
      </Panel>
      <Panel title="Bytes transferred per hour">
        <ErrorNote message={buckets.error} />
        {buckets.data && <BytesOverTimeChart buckets={buckets.data} />}
      </Panel>
    </div>
  );
}

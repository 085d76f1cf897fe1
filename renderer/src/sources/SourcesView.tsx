import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { BytesOverTimeChart } from '../exports/BytesOverTimeChart';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { AddSourceForm } from './AddSourceForm';
import { RejectsView } from './RejectsView';
import { RemoveSource } from './RemoveSource';
import { SourcesTable } from './SourcesTable';

/** The Sources screen: add inputs, see what each loaded (hash, rows, rejects), and the bytes-per-hour overview. */
export function SourcesView({ onChanged }: { onChanged: () => void }) {
  const sources = useQuery('listSources', {}, 'sources');
  const buckets = useQuery('transferPerHour', {}, 'tph');
  const [selected, setSelected] = useState<number | null>(null);
  const refresh = () => {
    sources.reload();
    buckets.reload();
    onChanged();
  };
  const chosen = sources.data?.find((s) => s.id === selected);
  return (
    <div className="stack">
      <Panel title="Add a source">
        <AddSourceForm onAdded={refresh} />
      </Panel>
      <Panel title="Sources">
        <ErrorNote message={sources.error} />
        {sources.data && <SourcesTable sources={sources.data} selected={selected} onSelect={setSelected} />}
        {chosen && (
          <div className="detail">
            <dl className="dl">
              <dt>Path</dt>
              <dd className="mono">{chosen.path}</dd>
              <dt>SHA-256</dt>
              <dd className="mono" data-testid="source-sha256-full">
                {chosen.sha256}
              </dd>
              {chosen.message && (
                <>
                  <dt>Message</dt>
                  <dd>{chosen.message}</dd>
                </>
              )}
            </dl>
            <RejectsView sourceId={chosen.id} />
            {chosen.status !== 'loading' && (
              <RemoveSource
                key={chosen.id}
                source={chosen}
                onRemoved={() => {
                  setSelected(null);
                  refresh();
                }}
              />
            )}
          </div>
        )}
      </Panel>
      {(buckets.data?.length ?? 0) > 0 && (
        <Panel title="Bytes transferred per hour">
          <ErrorNote message={buckets.error} />
          {buckets.data && <BytesOverTimeChart buckets={buckets.data} />}
        </Panel>
      )}
    </div>
  );
}

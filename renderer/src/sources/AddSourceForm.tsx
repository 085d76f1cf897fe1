import { useState } from 'react';
import { sourceKinds, type SourceDto, type SourceKind } from '../../../shared/api/sourcesApi';
import { call } from '../api/client';
import { electronHost } from '../api/hostBridge';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';

/** Adds an input file to the case: a native picker in Electron, a path field in the browser. */
export function AddSourceForm({ onAdded }: { onAdded: (s: SourceDto) => void }) {
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<SourceKind>('transfer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<SourceDto | null>(null);
  const host = electronHost();
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const s = await call('addSource', { path: path.trim(), kind });
      setLast(s);
      setPath('');
      onAdded(s);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <select aria-label="Kind" data-testid="source-kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
          {sourceKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <input
          aria-label="Input file"
          data-testid="source-path"
          placeholder="/path/to/transfer_log.csv"
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        {host && (
          <button type="button" onClick={() => void host.chooseFiles().then((f) => f[0] && setPath(f[0]))}>
            Browse…
          </button>
        )}
        <button type="submit" data-testid="source-add" disabled={busy || !path.trim()}>
          {busy ? 'Loading…' : 'Add source'}
        </button>
      </form>
      <ErrorNote message={error} testId="source-error" />
      {last && (
        <p className="hint" data-testid="source-added">
          Loaded {formatCount(last.rowsLoaded)} rows from {last.path.split(/[\\/]/).pop()}
          {last.rowsRejected ? `, ${formatCount(last.rowsRejected)} rejected` : ''}.
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { ApiCallError, call } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';

/** Removes a wrongly loaded source, with the analyst's reason (kept in the audit trail); the detectors re-run. */
export function RemoveSource({ source, onRemoved }: { source: SourceDto; onRemoved: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('removeSource', { sourceId: source.id, sha256: source.sha256, reason: reason.trim() });
      onRemoved();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row" data-testid="remove-source">
      <input
        type="text"
        placeholder="Why remove it (kept in the audit trail)"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="remove-source-reason"
        maxLength={2000}
      />
      <button type="button" disabled={busy || reason.trim() === ''} onClick={() => void remove()} data-testid="remove-source-button">
        Remove this source
      </button>
      <span className="hint">Its rows, rejects and the findings resting on them go; the file itself is untouched.</span>
      <ErrorNote message={error} />
    </div>
  );
}

import { useState } from 'react';
import type { RunSummaryDto } from '../../../shared/api/findingsApi';
import { call } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { kindLabel } from '../ui/kindLabel';

/** The "Run detectors" action: runs every detector with the reference parameters and stores the findings, keeping the analyst's verdicts. */
export function RunDetectorsBar({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<RunSummaryDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    setBusy(true);
    setError(null);
    call('runDetectors', {}).then(
      (s) => {
        setSummary(s);
        setBusy(false);
        onDone();
      },
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };
  return (
    <div>
      <div className="row">
        <button data-testid="run-detectors" disabled={busy} onClick={run} style={{ flex: 'none' }}>
          {busy ? 'Running detectors…' : 'Run detectors'}
        </button>
        {summary && (
          <span className="muted" data-testid="run-summary">
            Stored {formatCount(summary.total)} findings
            {Object.keys(summary.byKind).length > 0 &&
              `: ${Object.entries(summary.byKind)
                .map(([k, n]) => `${formatCount(n)} ${kindLabel(k).toLowerCase()}`)
                .join(', ')}`}
            . Confirmed, dismissed and annotated findings keep their verdict.
          </span>
        )}
      </div>
      {summary?.notes.map((n) => (
        <p key={n} className="warn-note" data-testid="run-note">
          {n}
        </p>
      ))}
      <ErrorNote message={error} />
    </div>
  );
}

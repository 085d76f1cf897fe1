import { useState } from 'react';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { RunIntelNote } from './RunIntelNote';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { kindLabel } from '../ui/kindLabel';

/**
 * The "Run detectors" action: runs every detector with the reference parameters and stores the findings, keeping the
 * analyst's verdicts (looking up the sign-in addresses' countries and networks first, as `analyze` does); beside it, the last stored run as the case's audit recorded it (its notes stay until the next run)
 * and whether the case changed since.
 */
export function RunDetectorsBar({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const last = useQuery('lastRun', {}, 'lastRun');
  const run = () => {
    setBusy(true);
    setError(null);
    call('runDetectors', {}).then(
      () => {
        setBusy(false);
        last.reload();
        onDone();
      },
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };
  const summary = last.data ?? null;
  return (
    <div>
      <div className="row">
        <button data-testid="run-detectors" disabled={busy} onClick={run} style={{ flex: 'none' }}>
          {busy ? 'Running detectors…' : 'Run detectors'}
        </button>
        {summary && (
          <span className="muted" data-testid="run-summary" data-at={summary.at}>
            Last run {formatUtc(summary.at)} UTC stored {formatCount(summary.total)} findings
            {Object.keys(summary.byKind).length > 0 &&
              `: ${Object.entries(summary.byKind)
                .map(([k, n]) => `${formatCount(n)} ${kindLabel(k).toLowerCase()}`)
                .join(', ')}`}
            . Confirmed, dismissed and annotated findings keep their verdict.
          </span>
        )}
      </div>
      <RunIntelNote intel={summary?.intel ?? null} />
      {summary && summary.changesSince > 0 && (
        <p className="warn-note" data-testid="run-stale">
          The case changed after this run ({formatCount(summary.changesSince)} change{summary.changesSince === 1 ? '' : 's'} to its sources, dismissals, known ranges or IP data):
          the findings may be out of date. Run the detectors again.
        </p>
      )}
      {summary?.notes.map((n) => (
        <p key={n} className="warn-note" data-testid="run-note">
          {n}
        </p>
      ))}
      <ErrorNote message={error ?? last.error} />
    </div>
  );
}

import { useState } from 'react';
import { findingStatuses, type FindingDto, type FindingStatus } from '../../../shared/api/findingsApi';
import { call } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';
import { formatUtc } from '../ui/formatUtc';

/** The analyst's verdict on one finding (new, confirmed, dismissed) and a free-text note, stored in the case. */
export function VerdictForm({ finding, onSaved }: { finding: FindingDto; onSaved: (f: FindingDto) => void }) {
  const [note, setNote] = useState(finding.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (patch: { status?: FindingStatus; note?: string | null }) => {
    setBusy(true);
    setError(null);
    call('updateFinding', { id: finding.id, ...patch }).then(
      (f) => {
        setBusy(false);
        onSaved(f);
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  return (
    <div data-testid="verdict-form">
      <div className="row" role="group" aria-label="Status">
        {findingStatuses.map((s) => (
          <button key={s} className={s === finding.status ? '' : 'ghost'} disabled={busy} data-testid={`status-${s}`} aria-pressed={s === finding.status} onClick={() => save({ status: s })}>
            {s}
          </button>
        ))}
      </div>
      <label className="text-field" style={{ marginTop: 10, width: '100%' }}>
        <span>Analyst note</span>
        <textarea data-testid="note-input" rows={4} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: '100%', font: 'inherit', color: 'inherit', background: 'var(--bg)', border: '1px solid var(--border)', borderRadius: 4, padding: 6 }} />
      </label>
      <div className="row" style={{ marginTop: 6 }}>
        <button data-testid="note-save" disabled={busy || note === (finding.note ?? '')} onClick={() => save({ note: note.trim() === '' ? null : note })}>
          Save note
        </button>
        <span className="muted">Last change {formatUtc(finding.updatedAt)} UTC</span>
      </div>
      <ErrorNote message={error} />
    </div>
  );
}

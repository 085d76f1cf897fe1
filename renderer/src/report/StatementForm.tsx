import { useEffect, useState } from 'react';
import { tlpLevels, type ReportMetaDto, type TlpLevel } from '../../../shared/api/reportApi';
import { call } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';

const fields: Array<{ key: 'controller' | 'dpoContact' | 'natureOfBreach' | 'measuresTaken' | 'measuresProposed'; label: string }> = [
  { key: 'controller', label: 'Controller (name, contact)' },
  { key: 'dpoContact', label: 'DPO or other contact point' },
  { key: 'natureOfBreach', label: 'Nature of the breach, in the analyst’s words' },
  { key: 'measuresTaken', label: 'Measures taken' },
  { key: 'measuresProposed', label: 'Measures proposed to mitigate effects' },
];

/** The parts of a GDPR Art. 33(3) notification no query can answer, stored in the case and printed in reports. */
export function StatementForm({ meta, onSaved }: { meta: ReportMetaDto; onSaved: (m: ReportMetaDto) => void }) {
  const [draft, setDraft] = useState(meta);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(meta), [meta]);
  const save = async () => {
    setError(null);
    try {
      const { controller, dpoContact, natureOfBreach, measuresTaken, measuresProposed, tlp } = draft;
      onSaved(await call('setReportMeta', { controller, dpoContact, natureOfBreach, measuresTaken, measuresProposed, tlp }));
      setSaved(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="statement" data-testid="statement-form">
      {fields.map((f) => (
        <label key={f.key} className="field">
          <span>{f.label}</span>
          <textarea
            data-testid={`statement-${f.key}`}
            rows={f.key === 'controller' || f.key === 'dpoContact' ? 1 : 3}
            value={draft[f.key]}
            onChange={(e) => {
              setSaved(false);
              setDraft({ ...draft, [f.key]: e.target.value });
            }}
          />
        </label>
      ))}
      <div className="row">
        <label className="param">
          <span>Traffic Light Protocol</span>
          <select data-testid="statement-tlp" value={draft.tlp} onChange={(e) => setDraft({ ...draft, tlp: e.target.value as TlpLevel })}>
            {tlpLevels.map((t) => (
              <option key={t} value={t}>
                TLP:{t.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        {saved && <span className="muted">Saved in the case.</span>}
        <button data-testid="statement-save" onClick={() => void save()}>
          Save statement
        </button>
      </div>
      <ErrorNote message={error} />
    </div>
  );
}

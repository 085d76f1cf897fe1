import type { DetectionDto } from '../../../shared/api/sourcesApi';
import { fieldLabel } from './fieldLabel';

/** What the engine detected before loading: format (overridable), field mapping, choices and notes. */
export function DetectionPreview(props: {
  detection: DetectionDto;
  format: string;
  onFormat: (f: string) => void;
  options: Record<string, string>;
  onOption: (key: string, value: string) => void;
}) {
  const d = props.detection;
  const shownMapping = d.mapping.filter((m) => !(`field.${m.field}` in d.choices));
  return (
    <div className="preview" data-testid="detection-preview">
      <dl className="dl">
        <dt>Format</dt>
        <dd>
          <select aria-label="Format" data-testid="format-select" value={props.format} onChange={(e) => props.onFormat(e.target.value)}>
            {d.formats.map((f) => (
              <option key={f.format} value={f.format}>
                {f.label}
              </option>
            ))}
          </select>
        </dd>
        {Object.entries(d.choices).map(([key, values]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{key.startsWith('field.') ? `${fieldLabel(key.slice(6))} from column` : key}</dt>
            <dd>
              <select aria-label={key} data-testid={`choice-${key}`} value={props.options[key] ?? ''} onChange={(e) => props.onOption(key, e.target.value)}>
                <option value="">choose…</option>
                {values.map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
            </dd>
          </div>
        ))}
      </dl>
      {d.kind !== 'leak' && (
        <label className="param">
          <span>Time zone of zone-less times (IANA name)</span>
          <input
            data-testid="option-timezone"
            placeholder="UTC"
            value={props.options.timezone ?? ''}
            onChange={(e) => props.onOption('timezone', e.target.value)}
            style={{ width: 220 }}
          />
        </label>
      )}
      {shownMapping.length > 0 && (
        <table className="grid compact" data-testid="mapping-table">
          <thead>
            <tr>
              <th>Field</th>
              <th>Taken from</th>
            </tr>
          </thead>
          <tbody>
            {shownMapping.map((m) => (
              <tr key={m.field}>
                <td>{fieldLabel(m.field)}</td>
                <td className="mono">{m.takenFrom}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.notes.map((n, i) => (
        <p key={i} className="hint">
          {n}
        </p>
      ))}
    </div>
  );
}

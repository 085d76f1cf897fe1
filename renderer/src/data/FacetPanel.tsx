import type { FacetDto } from '../../../shared/api/dataApi';
import { formatCount } from '../../../shared/format/formatCount';

/** Top values of one column; clicking one filters the view to it. */
export function FacetPanel({ facet, onPick, onClose }: { facet: FacetDto; onPick: (value: string | null) => void; onClose: () => void }) {
  const max = Math.max(1, ...facet.values.map((v) => v.count));
  return (
    <aside className="facet" data-testid="facet-panel">
      <header className="panel-head">
        <h2>{facet.column}</h2>
        <button className="ghost" onClick={onClose}>
          ✕
        </button>
      </header>
      <table className="grid">
        <tbody>
          {facet.values.map((v, i) => (
            <tr key={i} className="clickable" onClick={() => onPick(v.value)}>
              <td>{v.value ?? <span className="muted">null</span>}</td>
              <td className="num">{formatCount(v.count)}</td>
              <td style={{ width: 80 }}>
                <div className="progress">
                  <div style={{ width: `${(100 * v.count) / max}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}

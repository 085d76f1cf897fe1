import type { CoverageFieldDto } from '../../../shared/api/coverageApi';
import { formatCount } from '../ui/format';
import { formatShare } from '../ui/formatShare';
import { classColour } from './classColour';

/** Every column of the leak with its data class (and the header's hint when it differs), populated and valid shares, distinct values. */
export function FieldTable({ fields }: { fields: CoverageFieldDto[] }) {
  return (
    <div className="table-scroll">
      <table className="grid" data-testid="field-table">
        <thead>
          <tr>
            <th>Column</th>
            <th>Data class</th>
            <th className="num">Populated</th>
            <th className="num">Valid</th>
            <th className="num">Distinct</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.column} data-testid="field-row" data-column={f.column}>
              <td className="mono">{f.column}</td>
              <td data-testid="cell-class" title={f.hint && f.hint !== f.dataClass ? `The header suggested ${f.hint}; the content decided.` : undefined}>
                <span className="legend-swatch" style={{ background: classColour(f.dataClass) }} />
                {f.dataClass}
                {f.hint && f.hint !== f.dataClass && <span className="muted"> (header: {f.hint})</span>}
              </td>
              <td className="num" data-testid="cell-populated">
                {formatShare(f.populated)}
              </td>
              <td className="num" data-testid="cell-valid">
                {formatShare(f.valid)}
              </td>
              <td className="num" data-testid="cell-distinct">
                {formatCount(f.distinct)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { PasswordHashDto } from '../../../shared/api/coverageApi';
import { formatCount } from '../ui/format';
import { formatShare } from '../ui/formatShare';

/** The password columns' hash schemes, decided by unambiguous structure only, with counts and shares per column. */
export function HashCensusTable({ hashes }: { hashes: PasswordHashDto[] }) {
  if (hashes.length === 0) return <p className="hint">No password column in this source.</p>;
  const perColumn = new Map<string, number>();
  for (const h of hashes) perColumn.set(h.column, (perColumn.get(h.column) ?? 0) + h.count);
  return (
    <div className="table-scroll">
      <table className="grid" data-testid="hash-census">
        <thead>
          <tr>
            <th>Column</th>
            <th>Scheme</th>
            <th className="num">Values</th>
            <th className="num">Share</th>
          </tr>
        </thead>
        <tbody>
          {hashes.map((h) => (
            <tr key={`${h.column}|${h.scheme}`} data-testid="hash-row" data-scheme={h.scheme}>
              <td className="mono">{h.column}</td>
              <td>{h.scheme}</td>
              <td className="num" data-testid="cell-count">
                {formatCount(h.count)}
              </td>
              <td className="num">{formatShare(h.count / (perColumn.get(h.column) ?? 1))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ManifestEntryDto } from '../../../shared/api/reportApi';
import { formatBytes } from '../ui/format';

/** Each input as hashed at load and as re-hashed now: the evidence manifest reports carry. */
export function EvidenceTable({ entries }: { entries: ManifestEntryDto[] }) {
  if (entries.length === 0) return <p className="hint">No inputs loaded yet.</p>;
  return (
    <table className="grid compact" data-testid="evidence-table">
      <thead>
        <tr>
          <th>#</th>
          <th>File</th>
          <th className="num">Size</th>
          <th>SHA-256 at load</th>
          <th>Now</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.sourceId}>
            <td>{e.sourceId}</td>
            <td title={e.path}>{e.path.split(/[\\/]/).pop()}</td>
            <td className="num">{formatBytes(e.size)}</td>
            <td className="mono" title={e.sha256}>
              {e.sha256.slice(0, 20)}…
            </td>
            <td className={e.state === 'verified' ? 'ok' : 'sev-critical'} data-testid="evidence-state">
              {e.state === 'verified' ? 'verified' : e.state.toUpperCase()}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

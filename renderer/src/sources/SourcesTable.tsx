import type { SourceDto } from '../../../shared/api/sourcesApi';
import { formatBytes, formatCount } from '../ui/format';

/** The case's sources with their format, row counts and SHA-256, as recorded at load. */
export function SourcesTable({ sources, selected, onSelect }: { sources: SourceDto[]; selected: number | null; onSelect: (id: number) => void }) {
  if (sources.length === 0) return <p className="hint">No sources yet: add a leak sample or an access log.</p>;
  return (
    <table className="grid" data-testid="sources-table">
      <thead>
        <tr>
          <th>#</th>
          <th>Kind</th>
          <th>File</th>
          <th>Format</th>
          <th className="num">Size</th>
          <th className="num">Rows</th>
          <th className="num">Rejected</th>
          <th>SHA-256</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id} data-testid={`source-row-${s.id}`} className={`clickable${selected === s.id ? ' selected' : ''}`} onClick={() => onSelect(s.id)}>
            <td>{s.id}</td>
            <td>{s.kind}</td>
            <td title={s.path}>{s.path.split(/[\\/]/).pop()}</td>
            <td>{s.format}</td>
            <td className="num">{formatBytes(s.size)}</td>
            <td className="num" data-testid="source-rows">
              {formatCount(s.rowsLoaded)}
            </td>
            <td className="num" data-testid="source-rejected">
              {formatCount(s.rowsRejected)}
            </td>
            <td className="mono" title={s.sha256} data-testid="source-sha256">
              {s.sha256.slice(0, 16)}…
            </td>
            <td title={s.message ?? ''}>{s.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

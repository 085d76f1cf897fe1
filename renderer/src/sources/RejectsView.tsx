import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';

/** The rows a source refused, with line number and reason; the raw line as the engine gives it (a pseudonym). */
export function RejectsView({ sourceId }: { sourceId: number }) {
  const rejects = useQuery('listRejects', { sourceId, limit: 200 }, `rej-${sourceId}`);
  return (
    <div data-testid="rejects-view">
      <ErrorNote message={rejects.error} />
      {rejects.data && rejects.data.length === 0 && <p className="hint">No rejected rows.</p>}
      {rejects.data && rejects.data.length > 0 && (
        <table className="grid compact">
          <thead>
            <tr>
              <th className="num">Line</th>
              <th>Column</th>
              <th>Reason</th>
              <th>Raw (masked)</th>
            </tr>
          </thead>
          <tbody>
            {rejects.data.map((r, i) => (
              <tr key={i}>
                <td className="num">{r.line}</td>
                <td>{r.column ?? ''}</td>
                <td>{r.reason}</td>
                <td className="mono">{r.raw}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

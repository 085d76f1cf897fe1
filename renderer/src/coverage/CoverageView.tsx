import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { ScreenHeader } from '../ui/ScreenHeader';
import './coverage.css';
import { SourceCoverage } from './SourceCoverage';

/** The PII coverage screen: per leak source, what personal data it exposes and for how many people; only column names and counts, no values. */
export function CoverageView() {
  const q = useQuery('coverage', {}, 'coverage');
  const [picked, setPicked] = useState<number | null>(null);
  const sources = q.data ?? [];
  const source = sources.find((s) => s.sourceId === picked) ?? sources[0];
  return (
    <div className="stack" data-testid="coverage-view">
      <ScreenHeader title="PII coverage" hint="What each leaked sample exposes, decided from the content of every row. Column names and counts only: no personal value is shown here.">
        {sources.length > 1 && (
          <select aria-label="Leak source" data-testid="coverage-source-select" value={source?.sourceId} onChange={(e) => setPicked(Number(e.target.value))}>
            {sources.map((s) => (
              <option key={s.sourceId} value={s.sourceId}>
                #{s.sourceId} {s.path.split(/[\\/]/).pop()}
              </option>
            ))}
          </select>
        )}
      </ScreenHeader>
      <ErrorNote message={q.error} />
      {q.loading && !q.data && <p className="hint">Computing coverage…</p>}
      {q.data && sources.length === 0 && <p className="hint">No leak source in this case yet: add a leaked sample on the Sources screen.</p>}
      {source && <SourceCoverage key={source.sourceId} source={source} />}
    </div>
  );
}

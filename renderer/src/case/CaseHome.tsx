import { useState } from 'react';
import type { CaseInfo } from '../../../shared/api/caseApi';
import { call } from '../api/client';
import { electronHost } from '../api/hostBridge';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';

/** Create or open a case: a native folder dialog in Electron, a path field in the browser; recent cases below. */
export function CaseHome({ onOpened }: { onOpened: (c: CaseInfo) => void }) {
  const [dir, setDir] = useState('');
  const [error, setError] = useState<string | null>(null);
  const recent = useQuery('recentCases', {}, 'recent');
  const host = electronHost();
  const open = async (target: string) => {
    setError(null);
    try {
      onOpened(await call('openCase', { dir: target, create: true }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="case-home">
      <Panel title="Open or create a case" testId="case-home">
        <p className="hint">A case is a folder holding one DuckDB file. Inputs are read in place and never modified.</p>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void open(dir);
          }}
        >
          <input
            aria-label="Case folder"
            data-testid="case-path"
            placeholder="/path/to/case-folder"
            value={dir}
            onChange={(e) => setDir(e.target.value)}
          />
          {host && (
            <button type="button" onClick={() => void host.chooseFolder().then((d) => d && setDir(d))}>
              Browse…
            </button>
          )}
          <button type="submit" data-testid="case-open" disabled={!dir.trim()}>
            Open
          </button>
        </form>
        <ErrorNote message={error} />
      </Panel>
      <Panel title="Recent cases">
        {recent.data?.length ? (
          <ul className="recent">
            {recent.data.map((d) => (
              <li key={d}>
                <button className="link" onClick={() => void open(d)}>
                  {d}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">None yet.</p>
        )}
      </Panel>
    </div>
  );
}

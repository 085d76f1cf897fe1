import { useEffect, useState } from 'react';
import type { AppInfo, CaseInfo } from '../../shared/api/caseApi';
import { call } from './api/client';
import { CaseHome } from './case/CaseHome';
import { SourcesView } from './sources/SourcesView';
import { ErrorNote } from './ui/ErrorNote';

/** The workbench shell: header with the open case, then the case home or the case's screens. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseInfo, setCaseInfo] = useState<CaseInfo | null>(null);
  const refreshInfo = () =>
    call('appInfo', {}).then(
      (i) => {
        setInfo(i);
        setCaseInfo(i.caseInfo);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    void refreshInfo().finally(() => {
      document.documentElement.dataset.appReady = 'true';
    });
  }, []);
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Breachdesk</span>
        {caseInfo && (
          <span className="case-name" data-testid="case-name" title={caseInfo.dir}>
            Case: {caseInfo.name}
          </span>
        )}
        <span className="spacer" />
        {caseInfo && (
          <button className="link" onClick={() => setCaseInfo(null)}>
            Switch case
          </button>
        )}
        <span className="muted">offline · v{info?.version ?? '…'}</span>
      </header>
      <main className="content">
        <ErrorNote message={error} />
        {info && !caseInfo && <CaseHome onOpened={setCaseInfo} />}
        {caseInfo && <SourcesView key={caseInfo.id} onChanged={() => void refreshInfo()} />}
      </main>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { AppInfo, CaseInfo } from '../../shared/api/caseApi';
import { call } from './api/client';
import { CaseHome } from './case/CaseHome';
import { screens } from './screens';
import { ErrorNote } from './ui/ErrorNote';
import { useTheme } from './ui/useTheme';

/** The workbench shell: header with the open case, left navigation, and the current screen. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [caseInfo, setCaseInfo] = useState<CaseInfo | null>(null);
  const [screenId, setScreenId] = useState(screens[0]?.id ?? 'sources');
  const [theme, toggleTheme] = useTheme();
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
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      if (e.altKey && n >= 1 && n <= screens.length) setScreenId(screens[n - 1]?.id ?? screenId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screenId]);
  const screen = screens.find((s) => s.id === screenId) ?? screens[0];
  const Current = screen?.component;
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
        <button className="ghost" data-testid="theme-toggle" onClick={toggleTheme} title="Switch light/dark theme">
          {theme === 'light' ? 'Dark' : 'Light'} theme
        </button>
        <span className="muted">offline · v{info?.version ?? '…'}</span>
      </header>
      <div className="body">
        {caseInfo && (
          <nav className="sidenav" aria-label="Screens">
            {screens.map((s, i) => (
              <button
                key={s.id}
                data-testid={`nav-${s.id}`}
                className={s.id === screen?.id ? 'active' : ''}
                aria-current={s.id === screen?.id ? 'page' : undefined}
                title={`Alt+${i + 1}`}
                onClick={() => setScreenId(s.id)}
              >
                {s.label}
              </button>
            ))}
          </nav>
        )}
        <main className="content" data-testid={`screen-${caseInfo ? screen?.id : 'home'}`}>
          <ErrorNote message={error} />
          {info && !caseInfo && <CaseHome onOpened={setCaseInfo} />}
          {caseInfo && Current && <Current key={`${caseInfo.id}-${screen?.id}`} onCaseChanged={() => void refreshInfo()} />}
        </main>
      </div>
    </div>
  );
}

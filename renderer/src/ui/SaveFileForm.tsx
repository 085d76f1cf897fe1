import { useState, type ReactNode } from 'react';
import { electronHost } from '../api/hostBridge';
import { ErrorNote } from './ErrorNote';

/** What the analyst chose: where to write, whether personal data may appear (an audited opt-in), whether to overwrite. */
export interface SaveChoice {
  outPath: string;
  includePersonalData: boolean;
  overwrite: boolean;
}

/**
 * The form that writes one file from the case (a report, the accounts to reset): output path with a native Save as…
 * under Electron, the personal-data opt-in, overwrite, the button, the error, and what was written. Why one form: each
 * file the product writes asks the same three questions, and the opt-in must read and behave the same everywhere.
 */
export function SaveFileForm<T>(props: {
  leading?: ReactNode;
  placeholder: string;
  defaultName: string;
  personalLabel: string;
  action: string;
  busyAction: string;
  testIds: { path: string; personal: string; submit: string; error: string };
  save: (choice: SaveChoice) => Promise<T>;
  written: (last: T) => ReactNode;
}) {
  const [outPath, setOutPath] = useState('');
  const [personal, setPersonal] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<T | null>(null);
  const host = electronHost();
  const ids = props.testIds;
  const write = async () => {
    setBusy(true);
    setError(null);
    try {
      setLast(await props.save({ outPath: outPath.trim(), includePersonalData: personal, overwrite }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="row">
        {props.leading}
        <input aria-label="Output file" data-testid={ids.path} placeholder={props.placeholder} value={outPath} onChange={(e) => setOutPath(e.target.value)} />
        {host && (
          <button type="button" onClick={() => void host.chooseSavePath(props.defaultName).then((p) => p && setOutPath(p))}>
            Save as…
          </button>
        )}
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <label className="reveal">
          <input type="checkbox" data-testid={ids.personal} checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
          {props.personalLabel}
        </label>
        <label className="reveal">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          Overwrite an existing file
        </label>
        <span className="spacer" />
        <button data-testid={ids.submit} disabled={busy || !outPath.trim()} onClick={() => void write()}>
          {busy ? props.busyAction : props.action}
        </button>
      </div>
      <ErrorNote message={error} testId={ids.error} />
      {last !== null && props.written(last)}
    </>
  );
}

import { useState } from 'react';
import type { ResetAccountsExportDto } from '../../../shared/api/resetAccountsApi';
import { call } from '../api/client';
import { electronHost } from '../api/hostBridge';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';

/** Exports the accounts whose password must be reset (takeover, confirmed-valid credential, MFA fatigue) as CSV for identity management; names masked unless the analyst opts in (audited). */
export function ResetAccountsForm() {
  const [outPath, setOutPath] = useState('');
  const [personal, setPersonal] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<ResetAccountsExportDto | null>(null);
  const host = electronHost();
  const write = async () => {
    setBusy(true);
    setError(null);
    try {
      setLast(await call('exportResetAccounts', { outPath: outPath.trim(), includePersonalData: personal, overwrite }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="reset-accounts">
      <p className="hint" style={{ marginTop: 0 }}>
        Accounts with a takeover, a password confirmed valid (then stopped by MFA) or MFA fatigue, one row each, for a password reset and session revocation. Dismissed findings are left out.
      </p>
      <div className="row">
        <input aria-label="Output file" data-testid="reset-path" placeholder="/path/to/accounts-to-reset.csv" value={outPath} onChange={(e) => setOutPath(e.target.value)} />
        {host && (
          <button type="button" onClick={() => void host.chooseSavePath('accounts-to-reset.csv').then((p) => p && setOutPath(p))}>
            Save as…
          </button>
        )}
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <label className="reveal">
          <input type="checkbox" data-testid="reset-personal" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
          Include personal data (needed by identity management; recorded in the audit trail)
        </label>
        <label className="reveal">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          Overwrite an existing file
        </label>
        <span className="spacer" />
        <button data-testid="reset-export" disabled={busy || !outPath.trim()} onClick={() => void write()}>
          {busy ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      <ErrorNote message={error} testId="reset-error" />
      {last && (
        <div className="hint" data-testid="reset-written">
          {formatCount(last.accounts)} account{last.accounts === 1 ? '' : 's'} written to {last.outPath} (SHA-256 {last.sha256.slice(0, 16)}…),{' '}
          {last.revealed ? 'CONTAINS PERSONAL DATA' : 'account names masked'}.
        </div>
      )}
    </div>
  );
}

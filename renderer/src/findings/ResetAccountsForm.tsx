import type { ResetAccountsExportDto } from '../../../shared/api/resetAccountsApi';
import { call } from '../api/client';
import { formatCount } from '../../../shared/format/formatCount';
import { SaveFileForm } from '../ui/SaveFileForm';

/** Exports the accounts whose password must be reset (takeover, confirmed-valid credential, MFA fatigue) as CSV for identity management; names masked unless the analyst opts in (audited). */
export function ResetAccountsForm() {
  return (
    <div data-testid="reset-accounts">
      <p className="hint" style={{ marginTop: 0 }}>
        Accounts with a takeover, a password confirmed valid (then stopped by MFA) or MFA fatigue, one row each, for a password reset and session revocation. Dismissed findings are left out.
      </p>
      <SaveFileForm<ResetAccountsExportDto>
        placeholder="/path/to/accounts-to-reset.csv"
        defaultName="accounts-to-reset.csv"
        personalLabel="Include personal data (needed by identity management; recorded in the audit trail)"
        action="Export CSV"
        busyAction="Exporting…"
        testIds={{ path: 'reset-path', personal: 'reset-personal', submit: 'reset-export', error: 'reset-error' }}
        save={(choice) => call('exportResetAccounts', choice)}
        written={(last) => (
          <div className="hint" data-testid="reset-written">
            {formatCount(last.accounts)} account{last.accounts === 1 ? '' : 's'} written to {last.outPath} (SHA-256 {last.sha256.slice(0, 16)}…),{' '}
            {last.revealed ? 'CONTAINS PERSONAL DATA' : 'account names masked'}.
          </div>
        )}
      />
    </div>
  );
}

import type { AccountsAtRiskDto, ResetAccountsExportDto } from '../../../shared/api/resetAccountsApi';
import { call } from '../api/client';
import { formatCount } from '../../../shared/format/formatCount';
import { formatCountOf } from '../ui/format';
import { SaveFileForm } from '../ui/SaveFileForm';

/** Exports the accounts whose password must be reset (takeover, confirmed-valid credential, MFA fatigue) as CSV for identity management; names masked unless the analyst opts in (audited); says before writing how many accounts it will write (the report's figure) and how many low takeovers (owners' own sign-ins after tries) it leaves out. */
export function ResetAccountsForm({ risk }: { risk: AccountsAtRiskDto | undefined }) {
  const ownerSignins = risk?.ownerSigninsAfterTries;
  return (
    <div data-testid="reset-accounts">
      <p className="hint" style={{ marginTop: 0 }}>
        Accounts with a takeover, a password confirmed valid (then stopped by MFA) or MFA fatigue, one row each, for a password reset and session revocation. Dismissed findings are left out
        {ownerSignins ? (
          <span data-testid="reset-left-out">
            , and so {ownerSignins === 1 ? 'is' : 'are'} the {formatCountOf(ownerSignins, "owner's own sign-in after tries", "owners' own sign-ins after tries")} (low takeovers: the account's own device on a network it used before; nothing says the password works)
          </span>
        ) : null}
        .{' '}
        {risk && (
          <strong data-testid="reset-will-write">{formatCountOf(risk.toReset, 'account will', 'accounts will')} be written.</strong>
        )}
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

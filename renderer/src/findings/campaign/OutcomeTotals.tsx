import type { AccountsAtRiskDto } from '../../../../shared/api/resetAccountsApi';
import { formatCountOf } from '../../ui/format';

/** The Accounts at risk figures as the report states them, in its words and counting accounts (Api accountsAtRisk): taken over above low, the owners' own sign-ins after tries apart, passwords confirmed valid, MFA push fatigue. */
export function OutcomeTotals({ risk }: { risk: AccountsAtRiskDto }) {
  return (
    <span className="muted" data-testid="outcome-totals">
      <span data-testid="outcome-takeovers">{formatCountOf(risk.takenOver, 'account taken over', 'accounts taken over')}</span>
      {risk.ownerSigninsAfterTries > 0 && (
        <>
          {' · '}
          <span data-testid="outcome-owner-signins" title="Low takeovers: the owner's own device on its own network after a campaign's failed tries; not counted as taken over, not in the accounts to reset">
            {formatCountOf(risk.ownerSigninsAfterTries, "owner's sign-in after tries", "owners' sign-ins after tries")} (low)
          </span>
        </>
      )}
      {' · '}
      <span data-testid="outcome-valid">{formatCountOf(risk.credentialsValid, 'password confirmed valid', 'passwords confirmed valid')}</span>
      {' · '}
      <span data-testid="outcome-mfa">{formatCountOf(risk.mfaFatigue, 'account under MFA push fatigue', 'accounts under MFA push fatigue')}</span>
    </span>
  );
}

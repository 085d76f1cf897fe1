import { formatCountOf } from '../../ui/format';
import type { StoredFindings } from './useStoredFindings';

/** The Accounts at risk counts as the report states them: takeovers above low, the owners' own sign-ins after tries apart (not counted as taken over), confirmed-valid passwords and MFA fatigue; exact engine totals, never the length of a read page. */
export function OutcomeTotals({ stored }: { stored: StoredFindings }) {
  const takeovers = stored.aboveLow.account_takeover ?? 0;
  const ownerSignins = (stored.totals.account_takeover ?? 0) - takeovers;
  return (
    <span className="muted" data-testid="outcome-totals">
      <span data-testid="outcome-takeovers">{formatCountOf(takeovers, 'takeover')}</span>
      {ownerSignins > 0 && (
        <>
          {' · '}
          <span data-testid="outcome-owner-signins" title="Low takeovers: the owner's own device on its own network after a campaign's failed tries; not counted as taken over, not in the accounts to reset">
            {formatCountOf(ownerSignins, "owner's sign-in after tries", "owners' sign-ins after tries")} (low)
          </span>
        </>
      )}
      {' · '}
      {formatCountOf(stored.totals.credential_valid ?? 0, 'confirmed-valid finding')} · {formatCountOf(stored.totals.mfa_fatigue ?? 0, 'MFA fatigue', 'MFA fatigue')}
    </span>
  );
}

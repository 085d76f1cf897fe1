import { formatCountOf } from '../../ui/format';

/** Shows or hides the owners' own sign-ins after tries (low takeovers) in Accounts at risk: hidden by default, so the real takeovers are not lost among a mass campaign's hundreds; shown, they are paged below the list. */
export function OwnerSigninsToggle({ count, shown, onToggle }: { count: number; shown: boolean; onToggle: () => void }) {
  if (count === 0) return null;
  return (
    <p className="hint row" data-testid="owner-signins-note">
      <span>
        {shown ? 'Listed below, paged: ' : 'Not listed: '}
        {formatCountOf(count, "owner's own sign-in after tries", "owners' own sign-ins after tries")} (low: the account's own device on a network it used before; not counted as taken over nor reset).
      </span>
      <button className="ghost" style={{ whiteSpace: 'nowrap' }} data-testid="owner-signins-toggle" onClick={onToggle}>
        {shown ? 'Hide them' : 'Show them'}
      </button>
    </p>
  );
}

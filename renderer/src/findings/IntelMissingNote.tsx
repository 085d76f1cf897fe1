import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useAction } from '../infrastructure/useAction';
import { ErrorNote } from '../ui/ErrorNote';

/**
 * Beside "Run detectors" when the case holds sign-ins whose addresses have no country or AS yet: without them the
 * takeover and campaign detectors cannot tell a new network or country after a campaign's tries, so the analyst is
 * offered the offline lookup first (what `breachdesk analyze` does on its own).
 */
export function IntelMissingNote() {
  const intel = useQuery('ipIntelStatus', {}, 'ip-intel');
  const sources = useQuery('listSources', {}, 'sources');
  const { run, error, busy } = useAction(intel.reload);
  const signins = sources.data?.some((s) => s.kind === 'signin' && s.status === 'ready') ?? false;
  if (!signins || !intel.data || intel.data.datasets.length > 0) return null;
  return (
    <div className="warn-note" data-testid="intel-missing">
      The sign-in addresses have no country or network (AS) yet, so the detectors cannot see a sign-in from a new network or country after a campaign&apos;s
      tries.{' '}
      <button className="ghost" data-testid="intel-missing-lookup" disabled={busy} onClick={() => void run(() => call('refreshIpIntel', {}))}>
        {busy ? 'Looking up…' : 'Look up addresses (offline)'}
      </button>
      <ErrorNote message={error} />
    </div>
  );
}

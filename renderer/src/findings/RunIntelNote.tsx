import type { RunIntelDto } from '../../../shared/api/findingsApi';
import { formatCount } from '../../../shared/format/formatCount';

/**
 * Under the last run: whether its sign-in detectors saw each address's country and network (AS), which "Run detectors"
 * looks up itself from the shipped datasets as `analyze` does, so the analyst knows the findings match the command
 * line's; when the lookup failed, the run's note says why and this says the networks were not seen.
 */
export function RunIntelNote({ intel }: { intel: RunIntelDto | null }) {
  if (!intel || intel.state === 'not_needed') return null;
  if (intel.state === 'missing') {
    return (
      <p className="warn-note" data-testid="run-intel" data-state="missing">
        This run had no IP intel: the detectors could not see a sign-in from a new network or country, nor a campaign&apos;s networks.
      </p>
    );
  }
  return (
    <p className="muted" data-testid="run-intel" data-state="used">
      Countries and networks (AS) of the addresses were read: {formatCount(intel.located)} of {formatCount(intel.addresses)} located (offline datasets, see Infrastructure).
    </p>
  );
}

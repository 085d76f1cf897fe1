import type { Confidence } from '../../../../shared/api/findingEvidence';

const tone: Record<Confidence, string> = { high: 'sev-critical', medium: 'sev-high', low: 'sev-medium' };

/** A takeover's confidence in its colour: high is read first. */
export function ConfidenceBadge({ confidence, long = false }: { confidence: Confidence; long?: boolean }) {
  return (
    <span className={`badge ${tone[confidence]}`} data-testid="confidence">
      {long ? `${confidence} confidence` : confidence}
    </span>
  );
}

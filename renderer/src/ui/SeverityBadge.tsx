import type { Severity } from '../../../shared/api/findingsApi';

/** A finding's severity in its colour (sev-* classes). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`badge sev-${severity}`} data-testid="severity">
      {severity}
    </span>
  );
}

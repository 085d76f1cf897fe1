import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import { SqlViewer } from '../ui/SqlViewer';
import { evidenceLabels, hiddenEvidence } from './evidenceLabels';
import { formatEvidence } from './formatEvidence';

/** Why a detector flagged something: its summary, the measured evidence and the SQL and parameters behind it. */
export function FindingEvidence({ finding, revealed }: { finding: FindingDraftDto; revealed: boolean }) {
  const known = Object.keys(evidenceLabels).filter((k) => k in finding.evidence);
  const rest = Object.keys(finding.evidence).filter((k) => !(k in evidenceLabels));
  const keys = [...known, ...rest].filter((k) => !hiddenEvidence.has(k));
  const ctx = { revealed, users: finding.users, ips: finding.ips, unit: finding.evidence.unit };
  return (
    <div data-testid="finding-evidence">
      <p>{finding.summary}</p>
      <dl className="dl">
        {keys.map((k) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{evidenceLabels[k] ?? k}</dt>
            <dd data-testid={`evidence-${k}`}>{formatEvidence(k, finding.evidence[k], ctx)}</dd>
          </div>
        ))}
      </dl>
      <SqlViewer sql={finding.sql} params={finding.params} />
    </div>
  );
}

import type { FindingDto } from '../../../shared/api/findingsApi';
import { formatSpan } from '../ui/formatSpan';
import { formatUtc } from '../ui/formatUtc';
import { kindLabel } from '../ui/kindLabel';
import { Panel } from '../ui/Panel';
import { SeverityBadge } from '../ui/SeverityBadge';
import { FindingEvidence } from './FindingEvidence';
import { VerdictForm } from './VerdictForm';

/** One finding opened: why it was raised (evidence, SQL, parameters) beside the analyst's verdict and note. */
export function FindingDetail({ finding, revealed, onSaved }: { finding: FindingDto; revealed: boolean; onSaved: (f: FindingDto) => void }) {
  return (
    <Panel title={`${kindLabel(finding.kind)} · ${formatSpan(finding.start, finding.end, formatUtc)}`} aside={<SeverityBadge severity={finding.severity} />} testId="finding-detail">
      <FindingEvidence finding={finding} revealed={revealed} stored aside={<VerdictForm key={`${finding.id}|${finding.updatedAt}`} finding={finding} onSaved={onSaved} />} />
    </Panel>
  );
}

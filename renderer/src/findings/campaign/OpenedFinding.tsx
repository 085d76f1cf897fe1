import type { FindingDto } from '../../../../shared/api/findingsApi';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { formatSpan } from '../../ui/formatSpan';
import { kindLabel } from '../../ui/kindLabel';
import { FindingEvidence } from '../FindingEvidence';

/** The finding opened under a campaign or outcome list: kind and window, a button to its sign-ins, and its stored evidence. */
export function OpenedFinding({ finding, revealed, testId, eventsTestId, onPick }: { finding: FindingDto; revealed: boolean; testId: string; eventsTestId: string; onPick: (f: FindingDto) => void }) {
  return (
    <div className="detail" data-testid={testId}>
      <div className="panel-head">
        <h3 style={{ margin: '0 0 4px', fontSize: 14 }}>
          {kindLabel(finding.kind)} · {formatSpan(finding.start, finding.end, formatShortUtc)}
        </h3>
        <button className="ghost" data-testid={eventsTestId} onClick={() => onPick(finding)}>
          Show its sign-ins
        </button>
      </div>
      <FindingEvidence finding={finding} revealed={revealed} stored />
    </div>
  );
}

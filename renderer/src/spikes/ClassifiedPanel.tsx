import { useState } from 'react';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import { useQuery } from '../api/useQuery';
import { FindingEvidence } from '../findings/FindingEvidence';
import { activateOnKey } from '../ui/activateOnKey';
import { entitySummary } from '../ui/entitySummary';
import { ErrorNote } from '../ui/ErrorNote';
import { formatUtc } from '../ui/formatUtc';
import { formatShortUtc } from '../ui/formatShortUtc';
import { kindLabel } from '../ui/kindLabel';
import { Panel } from '../ui/Panel';
import { SeverityBadge } from '../ui/SeverityBadge';

/** Credential attacks the classifiers find (spray, stuffing, brute force, takeover), each with its explanation; a click shows its events. */
export function ClassifiedPanel({ revealed, onPick }: { revealed: boolean; onPick: (f: FindingDraftDto) => void }) {
  const q = useQuery('classifySignins', { params: {} }, 'classify');
  const [selected, setSelected] = useState<string | null>(null);
  const findings = q.data?.findings ?? [];
  const current = findings.find((f) => f.id === selected) ?? findings[0];
  const choose = (f: FindingDraftDto) => {
    setSelected(f.id);
    onPick(f);
  };
  return (
    <Panel title={`Classified attacks (${findings.length})`} testId="classified">
      <ErrorNote message={q.error} />
      {q.loading && !q.data && <p className="hint">Classifying…</p>}
      {q.data && findings.length === 0 && <p className="hint">No spray, stuffing, brute force or takeover pattern with the default parameters.</p>}
      {findings.length > 0 && (
        <div className="grid-2" style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' }}>
          <div className="table-scroll" style={{ maxHeight: 420, alignSelf: 'start' }}>
            <table className="grid">
              <thead>
                <tr>
                  <th>Severity</th>
                  <th>Kind</th>
                  <th>Sources</th>
                  <th>Accounts</th>
                  <th>Start (UTC)</th>
                </tr>
              </thead>
              <tbody>
                {findings.map((f) => (
                  <tr
                    key={f.id}
                    data-testid="classified-row"
                    data-kind={f.kind}
                    className={`clickable${f.id === current?.id ? ' selected' : ''}`}
                    onClick={() => choose(f)}
                    {...activateOnKey(() => choose(f))}
                  >
                    <td>
                      <SeverityBadge severity={f.severity} />
                    </td>
                    <td>{kindLabel(f.kind)}</td>
                    <td className="mono" data-testid="cell-ip">
                      {entitySummary(f.ips)}
                    </td>
                    <td data-testid="cell-user">{entitySummary(f.users)}</td>
                    <td>{formatShortUtc(f.start)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {current && (
            <div>
              <h3 style={{ margin: '0 0 4px', fontSize: 14 }}>
                {kindLabel(current.kind)} · {formatUtc(current.start)} → {formatUtc(current.end)} UTC
              </h3>
              <FindingEvidence finding={current} revealed={revealed} />
            </div>
          )}
        </div>
      )}
    </Panel>
  );
}

import { useState } from 'react';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { FindingEvidence } from '../FindingEvidence';
import { RunDetectorsBar } from '../RunDetectorsBar';
import { activateOnKey } from '../../ui/activateOnKey';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { Panel } from '../../ui/Panel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { campaignKinds } from './campaignKinds';
import { campaignEvidence } from './evidenceShapes';
import { memberCounts } from './memberCounts';
import { ofKinds, type StoredFindings } from './useStoredFindings';

/** The credential campaigns stored in the case, one row each, and the opened one with its shared features and complete member tables. */
export function CampaignsPanel({ revealed, stored, error, onRun, onPick }: { revealed: boolean; stored: StoredFindings | undefined; error: string | null; onRun: () => void; onPick: (f: FindingDto) => void }) {
  const q = ofKinds(stored, campaignKinds);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = q?.rows ?? [];
  const current = rows.find((f) => f.id === selected) ?? rows[0];
  const choose = (f: FindingDto) => setSelected(f.id);
  return (
    <Panel title={`Credential campaigns (${q ? formatCount(q.total) : '…'})`} testId="campaigns">
      <ErrorNote message={error} />
      {q && q.total === 0 && (
        <>
          <p className="hint" data-testid="campaigns-empty">
            No campaign stored. Run the detectors to classify the sign-ins into campaigns (spray, stuffing, brute force) and what they achieved.
          </p>
          <RunDetectorsBar onDone={onRun} />
        </>
      )}
      {rows.length > 0 && (
        <div className="table-scroll" style={{ maxHeight: 260 }}>
          <table className="grid">
            <thead>
              <tr>
                <th>Severity</th>
                <th>Kind</th>
                <th className="num">Accounts</th>
                <th className="num">Sources</th>
                <th className="num">Attempts</th>
                <th className="num">Takeovers</th>
                <th className="num">Valid passwords</th>
                <th>Start (UTC)</th>
                <th>End (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const c = campaignEvidence(f);
                const m = memberCounts(f);
                return (
                  <tr
                    key={f.id}
                    data-testid="campaign-row"
                    data-id={f.id}
                    data-kind={f.kind}
                    className={`clickable${f.id === current?.id ? ' selected' : ''}`}
                    onClick={() => choose(f)}
                    {...activateOnKey(() => choose(f))}
                  >
                    <td>
                      <SeverityBadge severity={f.severity} />
                    </td>
                    <td>{kindLabel(f.kind)}</td>
                    <td className="num" data-testid="cell-accounts">
                      {formatCount(m.accounts)}
                    </td>
                    <td className="num" data-testid="cell-sources">
                      {formatCount(m.sources)}
                    </td>
                    <td className="num">{c ? formatCount(c.attempts) : '—'}</td>
                    <td className={`num${c && c.takeovers > 0 ? ' sev-critical' : ''}`}>{c ? formatCount(c.takeovers) : '—'}</td>
                    <td className={`num${c && c.confirmedValid > 0 ? ' sev-high' : ''}`}>{c ? formatCount(c.confirmedValid) : '—'}</td>
                    <td>{formatShortUtc(f.start)}</td>
                    <td>{formatShortUtc(f.end)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <div className="detail" data-testid="campaign-detail">
          <div className="panel-head">
            <h3 style={{ margin: '0 0 4px', fontSize: 14 }}>
              {kindLabel(current.kind)} · {formatShortUtc(current.start)} → {formatShortUtc(current.end)} UTC
            </h3>
            <button className="ghost" data-testid="campaign-events" onClick={() => onPick(current)}>
              Show its sign-ins
            </button>
          </div>
          <FindingEvidence finding={current} revealed={revealed} stored />
        </div>
      )}
    </Panel>
  );
}

import { useState } from 'react';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import { FindingEvidence } from '../FindingEvidence';
import { activateOnKey } from '../../ui/activateOnKey';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { kindLabel } from '../../ui/kindLabel';
import { Panel } from '../../ui/Panel';
import { SeverityBadge } from '../../ui/SeverityBadge';
import { showIp } from '../../ui/showIp';
import { entitySummary } from '../../ui/entitySummary';
import { outcomeKinds } from './campaignKinds';
import { ConfidenceBadge } from './ConfidenceBadge';
import { byConfidence, takeoverEvidence } from './evidenceShapes';
import { memberCounts } from './memberCounts';
import { ofKinds, type StoredFindings } from './useStoredFindings';

/** What the campaigns achieved, per account: takeovers sorted by confidence, then passwords confirmed valid and MFA fatigue; the opened one shows its reasons beside the account's usual addresses. */
export function OutcomesPanel({ revealed, stored, error, onPick }: { revealed: boolean; stored: StoredFindings | undefined; error: string | null; onPick: (f: FindingDto) => void }) {
  const q = ofKinds(stored, outcomeKinds);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = [...(q?.rows ?? [])].sort(byConfidence);
  const current = rows.find((f) => f.id === selected) ?? rows[0];
  const t = q?.totals;
  return (
    <Panel
      title="Accounts at risk"
      testId="outcomes"
      aside={
        t && (
          <span className="muted" data-testid="outcome-totals">
            {formatCount(t.account_takeover ?? 0)} takeover{t.account_takeover === 1 ? '' : 's'} · {formatCount(t.credential_valid ?? 0)} confirmed-valid finding
            {t.credential_valid === 1 ? '' : 's'} · {formatCount(t.mfa_fatigue ?? 0)} MFA fatigue
          </span>
        )
      }
    >
      <ErrorNote message={error} />
      {q && q.total === 0 && <p className="hint">No takeover, confirmed-valid password or MFA fatigue stored.</p>}
      {rows.length > 0 && (
        <div className="table-scroll" style={{ maxHeight: 260 }}>
          <table className="grid">
            <thead>
              <tr>
                <th>Severity</th>
                <th>Confidence</th>
                <th>Kind</th>
                <th>Account</th>
                <th>From</th>
                <th>When (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const e = takeoverEvidence(f);
                const m = memberCounts(f);
                return (
                  <tr
                    key={f.id}
                    data-testid="outcome-row"
                    data-id={f.id}
                    data-kind={f.kind}
                    data-confidence={e?.confidence ?? ''}
                    className={`clickable${f.id === current?.id ? ' selected' : ''}`}
                    onClick={() => setSelected(f.id)}
                    {...activateOnKey(() => setSelected(f.id))}
                  >
                    <td>
                      <SeverityBadge severity={f.severity} />
                    </td>
                    <td>{e ? <ConfidenceBadge confidence={e.confidence} /> : <span className="muted">—</span>}</td>
                    <td>{kindLabel(f.kind)}</td>
                    <td data-testid="cell-user">{entitySummary(f.users, m.accounts)}</td>
                    <td className="mono" data-testid="cell-ip">
                      {e ? showIp(e.suspicious.ip) : f.ips.length > 0 ? entitySummary(f.ips, m.sources) : <span className="muted">see its accounts</span>}
                    </td>
                    <td>{formatShortUtc(e?.suspicious.ts ?? f.start)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <div className="detail" data-testid="outcome-detail">
          <div className="panel-head">
            <h3 style={{ margin: '0 0 4px', fontSize: 14 }}>
              {kindLabel(current.kind)} · {formatShortUtc(current.start)} → {formatShortUtc(current.end)} UTC
            </h3>
            <button className="ghost" data-testid="outcome-events" onClick={() => onPick(current)}>
              Show its sign-ins
            </button>
          </div>
          <FindingEvidence finding={current} revealed={revealed} stored />
        </div>
      )}
    </Panel>
  );
}

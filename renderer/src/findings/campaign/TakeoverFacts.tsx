import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatCountOf } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showIp } from '../../ui/showIp';
import { showUser } from '../../ui/showUser';
import { ConfidenceBadge } from './ConfidenceBadge';

/** Why a takeover was raised: its confidence and reasons, and the suspicious sign-in beside the addresses the account usually uses. */
export function TakeoverFacts({ e }: { e: TakeoverEvidence }) {
  const s = e.suspicious;
  return (
    <div data-testid="takeover-facts">
      <p style={{ margin: '0 0 6px' }}>
        <ConfidenceBadge confidence={e.confidence} long /> <strong data-testid="takeover-account">{showUser(e.account)}</strong>
        <span className="muted" data-testid="takeover-summary">
          {' '}
          · {formatCountOf(e.failuresBefore, 'failure')} before · {formatCountOf(e.successes, 'successful sign-in')} from the new source
        </span>
      </p>
      <ul data-testid="takeover-reasons" style={{ margin: '0 0 8px', paddingLeft: 18 }}>
        {e.reasons.map((r) => (
          <li key={r.code} data-code={r.code}>
            {r.text}
          </li>
        ))}
      </ul>
      <table className="grid compact" data-testid="takeover-sources">
        <thead>
          <tr>
            <th />
            <th>Address</th>
            <th>ASN</th>
            <th>Country</th>
            <th className="num">Successes</th>
            <th>When (UTC)</th>
          </tr>
        </thead>
        <tbody>
          <tr className="selected" data-testid="suspicious-row">
            <td className="sev-critical">Suspicious</td>
            <td className="mono" data-testid="cell-ip">
              {showIp(s.ip)}
            </td>
            <td>{s.asn ?? '—'}</td>
            <td>{s.country ?? '—'}</td>
            <td className="num">{formatCount(e.successes)}</td>
            <td>{formatShortUtc(s.ts)}</td>
          </tr>
          {e.usualSources.map((u, i) => (
            <tr key={`${u.ip ?? '∅'}-${i}`} data-testid="usual-row">
              <td className="muted">{i === 0 ? 'Usual' : ''}</td>
              <td className="mono" data-testid="cell-ip">
                {showIp(u.ip)}
              </td>
              <td>{u.asn ?? '—'}</td>
              <td>{u.country ?? '—'}</td>
              <td className="num">{formatCount(u.successes)}</td>
              <td>last {formatShortUtc(u.lastSeen)}</td>
            </tr>
          ))}
          {e.usualSources.length === 0 && (
            <tr>
              <td className="muted">Usual</td>
              <td colSpan={5} className="muted">
                no earlier successful sign-in in the logs
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

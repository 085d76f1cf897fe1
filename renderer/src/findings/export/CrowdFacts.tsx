import type { CrowdEvidence } from '../../../../shared/api/findingEvidence';
import { crowdReasons } from '../../../../shared/exports/crowdReasons';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatMeasure } from '../../../../shared/format/formatMeasure';
import { formatCountOf } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showUser } from '../../ui/showUser';

/**
 * Why a crowd hour is one low finding and not one per person: how many moved alike and how much, that one cause many
 * users share (a release, a re-sync) explains it, who was left to be judged alone, and its largest members.
 */
export function CrowdFacts({ e, hour, crowdUsers }: { e: CrowdEvidence; hour: string; crowdUsers: number | null }) {
  const m = (x: number) => formatMeasure(x, e.unit);
  return (
    <div data-testid="crowd-facts">
      <p style={{ margin: '0 0 6px' }}>
        <strong data-testid="crowd-size">{formatCountOf(e.crowdSize, 'user')}</strong>
        <span className="muted" data-testid="crowd-summary">
          {' '}
          moved alike in the hour from {formatShortUtc(hour)} UTC · median {m(e.crowdMedian)} · {m(e.total)} in all
        </span>
      </p>
      <ul data-testid="crowd-reasons" style={{ margin: '0 0 8px', paddingLeft: 18 }}>
        {crowdReasons(e, crowdUsers).map((r) => (
          <li key={r.code} data-testid={r.code === 'judged_alone' ? 'crowd-others' : undefined}>
            {r.text}
          </li>
        ))}
      </ul>
      <div className="table-scroll" style={{ maxHeight: 220 }}>
        <table className="grid compact" data-testid="crowd-members">
          <thead>
            <tr>
              <th>{e.crowd.length < e.crowdSize ? `User (the ${formatCount(e.crowd.length)} largest)` : 'User'}</th>
              <th className="num">Moved</th>
            </tr>
          </thead>
          <tbody>
            {e.crowd.map((c, i) => (
              <tr key={`${c.user ?? '∅'}-${i}`}>
                <td>{showUser(c.user)}</td>
                <td className="num">{m(c.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

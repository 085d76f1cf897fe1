import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import type { MethodComparison } from './compareMethods';
import { formatMeasure } from './formatMeasure';
import { activateOnKey } from '../ui/activateOnKey';

/** Top users by their largest flagged hour, with how many hours each method flags for them, and the overlap of the two methods. */
export function ComparisonPanel({ cmp, partial, onPick }: { cmp: MethodComparison; partial: boolean; onPick: (user: string, hour: string) => void }) {
  const top = cmp.users.slice(0, 10);
  return (
    <Panel title="Top users by flagged volume" testId="export-comparison">
      <p className="hint" data-testid="overlap">
        Flagged by both methods: <b>{formatCount(cmp.both)}</b> user-hours · reference only: <b>{formatCount(cmp.referenceOnly)}</b> · baseline only:{' '}
        <b>{formatCount(cmp.baselineOnly)}</b>
        {partial ? ' (among the first 500 of each method)' : ''}
      </p>
      {top.length === 0 ? (
        <p className="hint">Neither method flags any user-hour with these parameters.</p>
      ) : (
        <div className="table-scroll">
          <table className="grid">
            <thead>
              <tr>
                <th>User</th>
                <th className="num">Hours flagged: reference</th>
                <th className="num">baseline</th>
                <th className="num">Largest flagged hour</th>
                <th>At (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {top.map((u) => (
                <tr key={u.user ?? '∅'} className="clickable" data-testid="top-user-row" onClick={() => u.user !== null && onPick(u.user, u.largest.hour)} {...activateOnKey(() => u.user !== null && onPick(u.user, u.largest.hour))}>
                  <td data-testid="cell-user">{showUser(u.user)}</td>
                  <td className="num" data-testid="cell-ref">
                    {formatCount(u.reference)}
                  </td>
                  <td className="num" data-testid="cell-base">
                    {formatCount(u.baseline)}
                  </td>
                  <td className="num">{formatMeasure(u.largest.bytes, u.largest.unit)}</td>
                  <td>{formatUtc(u.largest.hour).slice(0, 16)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

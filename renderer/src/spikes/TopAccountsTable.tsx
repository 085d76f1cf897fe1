import type { TopAccountDto } from '../../../shared/api/spikesApi';
import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { showUser } from '../ui/showUser';
import { activateOnKey } from '../ui/activateOnKey';

/** Accounts ranked by failed sign-ins; clicking a row shows that account's events. */
export function TopAccountsTable({ rows, onPick }: { rows: TopAccountDto[]; onPick: (r: TopAccountDto) => void }) {
  if (rows.length === 0) return <p className="hint">No sign-ins in this range.</p>;
  return (
    <div className="table-scroll">
      <table className="grid" data-testid="top-accounts">
        <thead>
          <tr>
            <th>Account</th>
            <th className="num">Failed</th>
            <th className="num">OK</th>
            <th className="num">Sources</th>
            <th>Last seen (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.user ?? '∅'} className="clickable" data-testid="top-account-row" onClick={() => onPick(r)} {...activateOnKey(() => onPick(r))} title={`First seen ${formatUtc(r.firstSeen)} UTC`}>
              <td data-testid="cell-user">{showUser(r.user)}</td>
              <td className="num" data-testid="cell-failed">
                {formatCount(r.failed)}
              </td>
              <td className="num">{formatCount(r.success)}</td>
              <td className="num">{formatCount(r.sources)}</td>
              <td>{formatUtc(r.lastSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

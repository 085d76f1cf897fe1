import type { TopSourceDto } from '../../../shared/api/spikesApi';
import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { showIp } from '../ui/showIp';
import { activateOnKey } from '../ui/activateOnKey';

/** Source IPs ranked by failed sign-ins; clicking a row shows that source's events. */
export function TopSourcesTable({ rows, onPick }: { rows: TopSourceDto[]; onPick: (r: TopSourceDto) => void }) {
  if (rows.length === 0) return <p className="hint">No sign-ins in this range.</p>;
  return (
    <div className="table-scroll">
      <table className="grid" data-testid="top-sources">
        <thead>
          <tr>
            <th>Source IP</th>
            <th className="num">Failed</th>
            <th className="num">OK</th>
            <th className="num">Accounts</th>
            <th>Last seen (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ip ?? '∅'} className="clickable" data-testid="top-source-row" onClick={() => onPick(r)} {...activateOnKey(() => onPick(r))} title={`First seen ${formatUtc(r.firstSeen)} UTC`}>
              <td className="mono" data-testid="cell-ip">
                {showIp(r.ip)}
              </td>
              <td className="num" data-testid="cell-failed">
                {formatCount(r.failed)}
              </td>
              <td className="num">{formatCount(r.success)}</td>
              <td className="num">{formatCount(r.accounts)}</td>
              <td>{formatUtc(r.lastSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

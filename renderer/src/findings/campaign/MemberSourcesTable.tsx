import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { Pager } from '../../ui/Pager';
import { showIp } from '../../ui/showIp';
import { memberPageSize } from './MemberAccountsTable';

/** Every source a stored finding names (attempts, accounts, ASN, country, range label), paged with its exact total. */
export function MemberSourcesTable({ findingId }: { findingId: string }) {
  const [offset, setOffset] = useState(0);
  const arg = { id: findingId, offset, limit: memberPageSize };
  const q = useQuery('findingSources', arg, JSON.stringify(arg));
  const rows = q.data?.rows ?? [];
  return (
    <div data-testid="member-sources">
      <ErrorNote message={q.error} />
      <div className="table-scroll" style={{ maxHeight: 320 }}>
        <table className="grid compact">
          <thead>
            <tr>
              <th>Source</th>
              <th className="num">Attempts</th>
              <th className="num">Accounts</th>
              <th>ASN</th>
              <th>Country</th>
              <th>Range</th>
              <th>Last (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.ip ?? '∅'}-${i}`} data-testid="member-source-row" title={`First seen ${formatShortUtc(r.firstSeen)} UTC`}>
                <td className="mono" data-testid="cell-ip">
                  {showIp(r.ip)}
                </td>
                <td className="num" data-testid="cell-attempts">
                  {formatCount(r.attempts)}
                </td>
                <td className="num">{formatCount(r.accounts)}</td>
                <td>{r.asn ?? '—'}</td>
                <td>{r.country ?? '—'}</td>
                <td>{r.rangeLabel ?? ''}</td>
                <td>{formatShortUtc(r.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="member-sources-total">
          {q.data ? `${formatCount(q.data.total)} sources` : 'Loading…'}
        </span>
        <Pager offset={offset} limit={memberPageSize} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
    </div>
  );
}

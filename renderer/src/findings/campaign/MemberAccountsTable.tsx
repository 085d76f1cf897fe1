import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatCount } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { Pager } from '../../ui/Pager';
import { showUser } from '../../ui/showUser';
import { outcomeLabel } from './outcomeLabel';

/** Rows per page of a member table (paged in SQL, so a campaign of any size stays light). */
export const memberPageSize = 25;

/** Every account a stored finding names (attempts, sources, outcome, in the leak), paged with its exact total. */
export function MemberAccountsTable({ findingId }: { findingId: string }) {
  const [offset, setOffset] = useState(0);
  const arg = { id: findingId, offset, limit: memberPageSize };
  const q = useQuery('findingAccounts', arg, JSON.stringify(arg));
  const rows = q.data?.rows ?? [];
  return (
    <div data-testid="member-accounts">
      <ErrorNote message={q.error} />
      <div className="table-scroll" style={{ maxHeight: 320 }}>
        <table className="grid compact">
          <thead>
            <tr>
              <th>Account</th>
              <th className="num">Attempts</th>
              <th className="num">Sources</th>
              <th>Outcome</th>
              <th>In leak</th>
              <th>First (UTC)</th>
              <th>Last (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.user ?? '∅'}-${i}`} data-testid="member-account-row" data-outcome={r.outcome}>
                <td data-testid="cell-user">{showUser(r.user)}</td>
                <td className="num" data-testid="cell-attempts">
                  {formatCount(r.attempts)}
                </td>
                <td className="num">{formatCount(r.sources)}</td>
                <td className={r.outcome === 'takeover' ? 'sev-critical' : r.outcome === 'failed' || r.outcome === 'usual_success' ? 'muted' : 'sev-high'}>{outcomeLabel(r.outcome)}</td>
                <td>{r.leaked === null ? '—' : r.leaked ? 'yes' : 'no'}</td>
                <td>{formatShortUtc(r.firstSeen)}</td>
                <td>{formatShortUtc(r.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="member-accounts-total">
          {q.data ? `${formatCount(q.data.total)} accounts` : 'Loading…'}
        </span>
        <Pager offset={offset} limit={memberPageSize} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
    </div>
  );
}

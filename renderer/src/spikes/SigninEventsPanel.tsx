import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatUtc } from '../ui/formatUtc';
import { Pager } from '../ui/Pager';
import { Panel } from '../ui/Panel';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';
import { drillLabel } from './drillLabel';
import type { SigninDrill } from './SigninDrill';

const limit = 50;

/** The sign-in events behind what was clicked, paged in SQL, personal data masked unless revealed. */
export function SigninEventsPanel({ drill, onClose }: { drill: SigninDrill; onClose: () => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { ip: drill.ip, user: drill.user, from: drill.from, to: drill.to, failedOnly: drill.failedOnly, offset, limit };
  const q = useQuery('signinEvents', arg, JSON.stringify(arg));
  const rows = q.data?.rows ?? [];
  return (
    <Panel
      title={`Events: ${drillLabel(drill)}`}
      testId="signin-events"
      aside={
        <button className="ghost" data-testid="events-close" onClick={onClose}>
          Close
        </button>
      }
    >
      <ErrorNote message={q.error} />
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Time (UTC)</th>
              <th>Account</th>
              <th>Source IP</th>
              <th>Outcome</th>
              <th>Code</th>
              <th>App</th>
              <th>User agent</th>
              <th className="num">Line</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e, i) => (
              <tr key={`${offset + i}`} data-testid="event-row">
                <td>{formatUtc(e.ts)}</td>
                <td data-testid="cell-user">{showUser(e.user)}</td>
                <td className="mono" data-testid="cell-ip">
                  {showIp(e.ip)}
                </td>
                <td className={e.success ? '' : 'sev-medium'}>{e.success ? 'success' : (e.failureReason ?? 'failed')}</td>
                <td className="mono">{e.resultCode ?? '—'}</td>
                <td>{e.app ?? '—'}</td>
                <td title={e.userAgent ?? ''} style={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {e.userAgent ?? '—'}
                </td>
                <td className="num">{e.rawRef ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="events-total" data-from={drill.from} data-to={drill.to}>
          {q.data ? `${q.data.total.toLocaleString('en-US')} events` : 'Loading…'}
        </span>
        <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
    </Panel>
  );
}

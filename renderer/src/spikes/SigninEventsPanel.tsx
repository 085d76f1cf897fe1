import { useState } from 'react';
import type { SigninEventDto } from '../../../shared/api/spikesApi';
import { useQuery } from '../api/useQuery';
import type { Column } from '../ui/DataTable';
import { PagedTable } from '../ui/PagedTable';
import { formatUtc } from '../ui/formatUtc';
import { formatCountOf } from '../ui/format';
import { Panel } from '../ui/Panel';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';
import { drillLabel } from './drillLabel';
import { outcomeLabel } from './outcomeLabel';
import type { SigninDrill } from './SigninDrill';

const limit = 50;

const columns: Array<Column<SigninEventDto>> = [
  { head: 'Time (UTC)', cell: (e) => formatUtc(e.ts) },
  { head: 'Account', testId: 'cell-user', cell: (e) => showUser(e.user) },
  { head: 'Source IP', className: 'mono', testId: 'cell-ip', cell: (e) => showIp(e.ip) },
  { head: 'Outcome', testId: 'cell-outcome', className: (e) => (e.success === false ? 'sev-medium' : ''), cell: outcomeLabel },
  { head: 'Code', className: 'mono', cell: (e) => e.resultCode ?? '—' },
  { head: 'App', cell: (e) => e.app ?? '—' },
  { head: 'User agent', title: (e) => e.userAgent ?? '', style: { maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis' }, cell: (e) => e.userAgent ?? '—' },
  { head: 'Line', num: true, cell: (e) => e.rawRef ?? '—' },
];

/** The sign-in events behind what was clicked, paged in SQL, personal data masked unless revealed. */
export function SigninEventsPanel({ drill, onClose }: { drill: SigninDrill; onClose: () => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { ip: drill.ip, user: drill.user, from: drill.from, to: drill.to, failedOnly: drill.failedOnly, offset, limit };
  const q = useQuery('signinEvents', arg, JSON.stringify(arg));
  return (
    <Panel
      title={`Events: ${drillLabel(drill)}`}
      testId="signin-events"
      close={{ testId: 'events-close', onClose }}
    >
      <PagedTable
        page={q.data}
        error={q.error}
        columns={columns}
        rowKey={(_, i) => offset + i}
        rowAttributes={() => ({ 'data-testid': 'event-row' })}
        totalLabel={(n) => formatCountOf(n, 'event')}
        totalTestId="events-total"
        totalMarks={{ 'data-from': drill.from, 'data-to': drill.to }}
        offset={offset}
        limit={limit}
        onOffset={setOffset}
      />
    </Panel>
  );
}

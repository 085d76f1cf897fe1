import type { TakenOverDto } from '../../../shared/api/exposureApi';
import { useQuery } from '../api/useQuery';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { formatCountOf } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';

const takenColumns: Array<Column<TakenOverDto>> = [
  { head: 'Leaked account that then signed in', testId: 'cell-user', cell: (a) => showUser(a.user) },
  { head: 'First attempt (UTC)', cell: (a) => formatUtc(a.firstAttempt) },
  { head: 'First success after (UTC)', cell: (a) => formatUtc(a.firstSuccessAfter) },
  { head: 'From', className: 'mono', cell: (a) => showIp(a.successIp) },
];

/** What the list holds against its KPI: every account, or the first ones of the total (the engine lists a page only). */
function shownOf(shown: number, total: number): string {
  return shown < total ? `First ${formatCount(shown)} of ${formatCountOf(total, 'account')}, earliest success first` : formatCountOf(total, 'account');
}

/** Leak ↔ sign-in correlation: how many leaked people appear in the logs, were attacked, and then signed in; the latter listed for drill-down. */
export function ExposurePanel({ onPick }: { onPick: (a: TakenOverDto) => void }) {
  const arg = { params: { listLimit: 20 } };
  const q = useQuery('exposure', arg, 'exposure');
  const d = q.data;
  return (
    <Panel title="Leaked accounts in the sign-in logs" testId="exposure">
      <ErrorNote message={q.error} />
      {d && d.leakColumns.length === 0 && <p className="hint">No leak source with an identity column in this case: add the leaked sample to correlate it with the sign-ins.</p>}
      {d && d.leakColumns.length > 0 && (
        <>
          <div className="kpis" style={{ marginBottom: 8 }}>
            <div className="kpi">
              <small>Leaked identities</small>
              <b data-testid="kpi-leaked">{formatCount(d.leakedIdentities)}</b>
            </div>
            <div className="kpi">
              <small>Seen in sign-ins</small>
              <b data-testid="kpi-seen">{formatCount(d.seenInSignins.count)}</b>
            </div>
            <div className="kpi">
              <small>Tried by attack sources</small>
              <b data-testid="kpi-attempted">{formatCount(d.attemptedByAttackSources.count)}</b>
              <small>from {formatCount(d.attemptedByAttackSources.attackSources)} sources</small>
            </div>
            <div className="kpi">
              <small>Tried, then signed in</small>
              <b data-testid="kpi-taken">{formatCount(d.successfulAfterAttempt.count)}</b>
              <small>from any address, the owner's own included</small>
            </div>
            <div className="kpi">
              <small>Leaked last-login IPs seen</small>
              <b data-testid="kpi-ips">{formatCount(d.leakedIpsSeen.count)}</b>
              <small data-testid="kpi-ips-of">{d.leakedIpsSeen.leakedIps === 0 ? 'the leak names no last-login IP' : `of ${formatCountOf(d.leakedIpsSeen.leakedIps, 'IP')} in the leak`}</small>
            </div>
          </div>
          {d.successfulAfterAttempt.accounts.length > 0 && (
            <p className="hint">Any later success counts, from any address: compare "From" with the account's usual sources (click a row for its events).</p>
          )}
          {d.successfulAfterAttempt.accounts.length > 0 && (
            <DataTable
              rows={d.successfulAfterAttempt.accounts}
              columns={takenColumns}
              rowKey={(a) => a.user}
              rowAttributes={() => ({ 'data-testid': 'taken-row' })}
              onPick={onPick}
              scroll={{ maxHeight: 240 }}
            />
          )}
          {d.successfulAfterAttempt.accounts.length > 0 && (
            <p className="muted" data-testid="taken-shown" style={{ margin: '6px 0 0' }}>
              {shownOf(d.successfulAfterAttempt.accounts.length, d.successfulAfterAttempt.count)}
            </p>
          )}
        </>
      )}
    </Panel>
  );
}

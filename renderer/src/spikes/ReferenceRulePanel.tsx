import { useState } from 'react';
import type { SpikeRowDto } from '../../../shared/api/spikesApi';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Pager } from '../ui/Pager';
import { Panel } from '../ui/Panel';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';
import { SqlViewer } from '../ui/SqlViewer';
import { referenceDefaults, type ReferenceParams } from './ReferenceParams';
import { ReferenceParamsForm } from './ReferenceParamsForm';
import { activateOnKey } from '../ui/activateOnKey';

const limit = 10;

/** The reference login-spike rule: editable parameters, its rows paged in SQL, and its SQL. */
export function ReferenceRulePanel({ onPick }: { onPick: (row: SpikeRowDto, binMinutes: number) => void }) {
  const [params, setParams] = useState<ReferenceParams>(referenceDefaults);
  const [offset, setOffset] = useState(0);
  const arg = { params: { reference: params }, offset, limit };
  const q = useQuery('loginSpikes', arg, JSON.stringify(arg));
  const rows = q.data?.rows ?? [];
  return (
    <Panel title="Reference rule: failed sign-ins per source, account and bin" testId="reference-rule">
      <p className="hint">
        Failed sign-ins with one of the listed result codes, counted per (source IP, account, {params.binMinutes}-minute UTC bin), kept where the count is above{' '}
        {params.minExclusive}. Blind to distributed attacks: see the classified attacks.
      </p>
      <ReferenceParamsForm
        params={params}
        onChange={(p) => {
          setParams(p);
          setOffset(0);
        }}
      />
      <ErrorNote message={q.error} />
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Bin start (UTC)</th>
              <th>Source IP</th>
              <th>Account</th>
              <th className="num">Failed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.bin}|${r.ip}|${r.user}`} className="clickable" data-testid="spike-row" onClick={() => onPick(r, params.binMinutes)} {...activateOnKey(() => onPick(r, params.binMinutes))}>
                <td>{formatUtc(r.bin)}</td>
                <td className="mono" data-testid="cell-ip">
                  {showIp(r.ip)}
                </td>
                <td data-testid="cell-user">{showUser(r.user)}</td>
                <td className="num" data-testid="cell-failed">
                  {formatCount(r.failed)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {q.data && rows.length === 0 && <p className="hint" style={{ padding: '0 8px' }}>No (source, account, bin) above the threshold.</p>}
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="spike-total">
          {q.data ? `${formatCount(q.data.total)} rows flagged` : 'Running…'}
        </span>
        <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

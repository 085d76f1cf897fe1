import { useState } from 'react';
import type { SpikeRowDto } from '../../../shared/api/spikesApi';
import { useQuery } from '../api/useQuery';
import type { Column } from '../ui/DataTable';
import { formatCountOf } from '../ui/format';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { PagedTable } from '../ui/PagedTable';
import { Panel } from '../ui/Panel';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';
import { SqlViewer } from '../ui/SqlViewer';
import { referenceDefaults, type ReferenceParams } from './ReferenceParams';
import { ReferenceParamsForm } from './ReferenceParamsForm';

const limit = 10;

const columns: Array<Column<SpikeRowDto>> = [
  { head: 'Bin start (UTC)', cell: (r) => formatUtc(r.bin) },
  { head: 'Source IP', className: 'mono', testId: 'cell-ip', cell: (r) => showIp(r.ip) },
  { head: 'Account', testId: 'cell-user', cell: (r) => showUser(r.user) },
  { head: 'Failed', num: true, testId: 'cell-failed', cell: (r) => formatCount(r.failed) },
];

/** The reference login-spike rule: editable parameters, its rows paged in SQL, and its SQL. */
export function ReferenceRulePanel({ onPick }: { onPick: (row: SpikeRowDto, binMinutes: number) => void }) {
  const [params, setParams] = useState<ReferenceParams>(referenceDefaults);
  const [offset, setOffset] = useState(0);
  const arg = { params: { reference: params }, offset, limit };
  const q = useQuery('loginSpikes', arg, JSON.stringify(arg));
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
      <PagedTable
        page={q.data}
        error={q.error}
        columns={columns}
        rowKey={(r) => `${r.bin}|${r.ip}|${r.user}`}
        rowAttributes={() => ({ 'data-testid': 'spike-row' })}
        onPick={(r) => onPick(r, params.binMinutes)}
        totalLabel={(n) => `${formatCountOf(n, 'row')} flagged`}
        pending="Running…"
        totalTestId="spike-total"
        offset={offset}
        limit={limit}
        onOffset={setOffset}
        empty={
          <p className="hint" style={{ padding: '0 8px' }}>
            No (source, account, bin) above the threshold.
          </p>
        }
      />
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

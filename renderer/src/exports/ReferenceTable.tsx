import { useState } from 'react';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferenceRowDto } from '../../../shared/api/exportsApi';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Pager } from '../ui/Pager';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import { SqlViewer } from '../ui/SqlViewer';
import { formatMeasure } from './formatMeasure';
import { activateOnKey } from '../ui/activateOnKey';

const limit = 10;

/** The reference method's anomalies (z over all user-hours above the limit), paged in SQL, with its SQL. */
export function ReferenceTable({ params, revealed, onPick }: { params: ExportParams; revealed: boolean; onPick: (r: ExportReferenceRowDto) => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { params, offset, limit };
  const q = useQuery('exportReference', arg, JSON.stringify(arg));
  return (
    <Panel title="Reference: z-score over all user-hours" testId="export-reference">
      <p className="hint">z = |x − mean| / sd over every user-hour of the case; flagged where z &gt; {params.reference.zLimit}. One population: a nightly backup looks like an attack.</p>
      <ErrorNote message={q.error} />
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Hour (UTC)</th>
              <th>User</th>
              <th className="num">Volume</th>
              <th className="num">z</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.rows.map((r) => (
              <tr key={`${r.hour}|${r.user}|${r.unit}`} className="clickable" data-testid="ref-row" onClick={() => onPick(r)} {...activateOnKey(() => onPick(r))}>
                <td>{formatUtc(r.hour).slice(0, 16)}</td>
                <td data-testid="cell-user">{showUser(r.user, revealed)}</td>
                <td className="num">{formatMeasure(r.bytes, r.unit)}</td>
                <td className="num">{r.z.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="ref-total">
          {q.data ? `${formatCount(q.data.total)} user-hours flagged` : 'Running…'}
        </span>
        <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

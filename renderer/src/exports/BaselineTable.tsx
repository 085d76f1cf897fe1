import { useState } from 'react';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
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

/** The per-user robust baseline's anomalies (hour vs the user's own median/MAD, above the floor), paged in SQL, with its SQL. */
export function BaselineTable({ params, revealed, onPick }: { params: ExportParams; revealed: boolean; onPick: (r: ExportBaselineRowDto) => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { params, offset, limit };
  const q = useQuery('exportBaseline', arg, JSON.stringify(arg));
  const b = params.baseline;
  return (
    <Panel title="Per-user robust baseline" testId="export-baseline">
      <p className="hint">
        Each hour against the same user's other hours within ±{b.baselineDays} days (median and robust spread, the hour itself excluded); flagged where the robust score &gt;{' '}
        {b.scoreLimit} and the volume reaches the floor.
      </p>
      <ErrorNote message={q.error} />
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Hour (UTC)</th>
              <th>User</th>
              <th className="num">Volume</th>
              <th className="num">Usual</th>
              <th className="num">Score</th>
            </tr>
          </thead>
          <tbody>
            {q.data?.rows.map((r) => (
              <tr key={`${r.hour}|${r.user}|${r.unit}`} className="clickable" data-testid="base-row" onClick={() => onPick(r)} {...activateOnKey(() => onPick(r))}>
                <td>{formatUtc(r.hour).slice(0, 16)}</td>
                <td data-testid="cell-user">{showUser(r.user, revealed)}</td>
                <td className="num">{formatMeasure(r.bytes, r.unit)}</td>
                <td className="num" title={`${formatCount(r.baselineHours)} hours of history`}>
                  {formatMeasure(r.hourOfDayMedian ?? r.median, r.unit)}
                </td>
                <td className="num">{r.reason === 'no_history' ? 'new user' : (r.score?.toFixed(1) ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="base-total">
          {q.data ? `${formatCount(q.data.total)} user-hours flagged` : 'Running…'}
        </span>
        <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

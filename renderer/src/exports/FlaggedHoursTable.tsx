import type { ReactNode } from 'react';
import type { ExportUnit } from '../../../shared/api/exportsApi';
import type { QueryState } from '../api/useQuery';
import { activateOnKey } from '../ui/activateOnKey';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Pager } from '../ui/Pager';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import { SqlViewer } from '../ui/SqlViewer';
import { formatMeasure } from './formatMeasure';

/** A flagged user-hour as both export methods return it. */
interface FlaggedHour {
  hour: string;
  user: string | null;
  unit: ExportUnit;
  bytes: number;
}

/** One page of flagged user-hours with the SQL and parameters that produced it. */
interface FlaggedPage<R> {
  total: number;
  rows: R[];
  sql: string;
  params: unknown;
}

/**
 * The table both export methods share: hour, user, volume, then the method's own columns, paged in SQL,
 * with its total and SQL; a row opens that user's hours.
 */
export function FlaggedHoursTable<R extends FlaggedHour>(props: {
  title: string;
  hint: ReactNode;
  testPrefix: 'ref' | 'base';
  testId: string;
  q: QueryState<FlaggedPage<R>>;
  extraHeads: string[];
  extraCells: (r: R) => ReactNode;
  revealed: boolean;
  onPick: (r: R) => void;
  offset: number;
  limit: number;
  onOffset: (o: number) => void;
}) {
  const { q, onPick } = props;
  return (
    <Panel title={props.title} testId={props.testId}>
      <p className="hint">{props.hint}</p>
      <ErrorNote message={q.error} />
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Hour (UTC)</th>
              <th>User</th>
              <th className="num">Volume</th>
              {props.extraHeads.map((h) => (
                <th key={h} className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.data?.rows.map((r) => (
              <tr key={`${r.hour}|${r.user}|${r.unit}`} className="clickable" data-testid={`${props.testPrefix}-row`} onClick={() => onPick(r)} {...activateOnKey(() => onPick(r))}>
                <td>{formatUtc(r.hour).slice(0, 16)}</td>
                <td data-testid="cell-user">{showUser(r.user)}</td>
                <td className="num">{formatMeasure(r.bytes, r.unit)}</td>
                {props.extraCells(r)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid={`${props.testPrefix}-total`}>
          {q.data ? `${formatCount(q.data.total)} user-hours flagged` : 'Running…'}
        </span>
        <Pager offset={props.offset} limit={props.limit} total={q.data?.total ?? 0} onOffset={props.onOffset} />
      </div>
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

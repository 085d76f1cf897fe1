import type { ReactNode } from 'react';
import type { ExportUnit } from '../../../shared/api/exportsApi';
import type { QueryState } from '../api/useQuery';
import type { Column } from '../ui/DataTable';
import { PagedTable } from '../ui/PagedTable';
import { formatCountOf } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import { SqlViewer } from '../ui/SqlViewer';
import { formatMeasure } from '../../../shared/format/formatMeasure';

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
  extraColumns: Array<Column<R>>;
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
      <PagedTable
        page={q.data}
        error={q.error}
        columns={[
          { head: 'Hour (UTC)', cell: (r) => formatUtc(r.hour).slice(0, 16) },
          { head: 'User', testId: 'cell-user', cell: (r) => showUser(r.user) },
          { head: 'Volume', num: true, cell: (r) => formatMeasure(r.bytes, r.unit) },
          ...props.extraColumns,
        ]}
        rowKey={(r) => `${r.hour}|${r.user}|${r.unit}`}
        rowAttributes={() => ({ 'data-testid': `${props.testPrefix}-row` })}
        onPick={onPick}
        totalLabel={(n) => `${formatCountOf(n, 'user-hour')} flagged`}
        pending="Running…"
        totalTestId={`${props.testPrefix}-total`}
        offset={props.offset}
        limit={props.limit}
        onOffset={props.onOffset}
      />
      {q.data && <SqlViewer sql={q.data.sql} params={q.data.params} />}
    </Panel>
  );
}

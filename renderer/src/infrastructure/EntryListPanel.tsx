import type { ReactNode } from 'react';
import { DataTable, type Column } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';

/** A listed entry: its id (for the test ids and removal) and when it was added. */
interface Entry {
  id: number;
  addedAt: string;
}

/**
 * A panel of entries the analyst keeps (known infrastructure, dismissals): what they are for, the entries with when each
 * was added and a Remove button, then the form that adds one and the last error. `prefix` starts the
 * rows', Remove buttons' and error's test ids.
 */
export function EntryListPanel<R extends Entry>(props: {
  title: string;
  prefix: string;
  testId: string;
  hint: string;
  empty: string;
  emptyTestId: string;
  tableTestId: string;
  rows: R[];
  columns: Array<Column<R>>;
  busy: boolean;
  onRemove: (r: R) => void;
  form: ReactNode;
  error: string | null;
}) {
  const { prefix, busy, onRemove } = props;
  const columns: Array<Column<R>> = [
    ...props.columns,
    { head: 'Added (UTC)', cell: (r) => r.addedAt.replace('T', ' ').replace('Z', '') },
    {
      head: '',
      cell: (r) => (
        <button className="ghost" data-testid={`${prefix}-remove-${r.id}`} disabled={busy} onClick={() => onRemove(r)}>
          Remove
        </button>
      ),
    },
  ];
  return (
    <Panel title={props.title} testId={props.testId}>
      <p className="hint">{props.hint}</p>
      {props.rows.length === 0 ? (
        <p className="hint" data-testid={props.emptyTestId}>
          {props.empty}
        </p>
      ) : (
        <DataTable rows={props.rows} columns={columns} rowKey={(r) => r.id} rowAttributes={(r) => ({ 'data-testid': `${prefix}-row-${r.id}` })} testId={props.tableTestId} scroll={false} />
      )}
      <div className="row infra-form">{props.form}</div>
      <ErrorNote message={props.error} testId={`${prefix}-error`} />
    </Panel>
  );
}

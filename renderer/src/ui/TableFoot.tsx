import type { RowAttributes } from './DataTable';
import { Pager } from './Pager';

/** The line under a table paged in SQL: what it holds in all (or that it is loading), and the pager. */
export function TableFoot(props: { label: string; testId: string; marks?: RowAttributes; offset: number; limit: number; total: number; onOffset: (o: number) => void }) {
  return (
    <div className="table-foot">
      <span className="muted" data-testid={props.testId} {...props.marks}>
        {props.label}
      </span>
      <Pager offset={props.offset} limit={props.limit} total={props.total} onOffset={props.onOffset} />
    </div>
  );
}

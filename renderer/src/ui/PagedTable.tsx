import type { ReactNode } from 'react';
import { DataTable, type Column, type RowAttributes } from './DataTable';
import { ErrorNote } from './ErrorNote';
import { TableFoot } from './TableFoot';

/** A page of rows as the engine returns it: the rows asked for and how many match in all. */
interface Page<R> {
  total: number;
  rows: R[];
}

/** A table paged in SQL: the query's error, the page's rows, and under them the total (`totalLabel`, or `pending` while loading) and the pager. */
export function PagedTable<R>(props: {
  page: Page<R> | undefined;
  error: string | null;
  columns: Array<Column<R>>;
  rowKey: (r: R, i: number) => string | number;
  rowAttributes?: (r: R) => RowAttributes;
  onPick?: (r: R) => void;
  isSelected?: (r: R) => boolean;
  totalLabel: (total: number) => string;
  pending?: string;
  totalTestId: string;
  totalMarks?: RowAttributes;
  offset: number;
  limit: number;
  onOffset: (o: number) => void;
  compact?: boolean;
  maxHeight?: number;
  /** Said in place of rows once a page came back empty. */
  empty?: ReactNode;
}) {
  const { page } = props;
  return (
    <>
      <ErrorNote message={props.error} />
      <DataTable
        rows={page?.rows ?? []}
        columns={props.columns}
        rowKey={props.rowKey}
        rowAttributes={props.rowAttributes}
        onPick={props.onPick}
        isSelected={props.isSelected}
        compact={props.compact}
        scroll={props.maxHeight ? { maxHeight: props.maxHeight } : true}
        empty={page ? props.empty : undefined}
      />
      <TableFoot
        label={page ? props.totalLabel(page.total) : (props.pending ?? 'Loading…')}
        testId={props.totalTestId}
        marks={props.totalMarks}
        offset={props.offset}
        limit={props.limit}
        total={page?.total ?? 0}
        onOffset={props.onOffset}
      />
    </>
  );
}

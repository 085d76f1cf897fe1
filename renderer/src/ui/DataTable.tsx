import type { CSSProperties, ReactNode } from 'react';
import { activateOnKey } from './activateOnKey';

/** One column of a DataTable: its heading and how a row fills its cell. */
export interface Column<R> {
  head: ReactNode;
  cell: (r: R) => ReactNode;
  /** Right-aligned figures (the `num` class on the heading and the cells). */
  num?: boolean;
  /** Extra class of the cell, fixed or per row (severity colours, monospace). */
  className?: string | ((r: R) => string);
  /** The cell's data-testid, the hook e2e specs read a value by. */
  testId?: string;
  title?: (r: R) => string | undefined;
  style?: CSSProperties;
}

/** Attributes a row carries for the e2e specs and the pointer: data-testid, data-* values, a tooltip. */
export type RowAttributes = { 'data-testid'?: string; title?: string } & { [data: `data-${string}`]: string | number | undefined };

/** Where the table sits: a scrolling box (with its height cap, when set) or straight in the panel. */
type Scroll = false | true | { maxHeight: number };

/**
 * The grid table every screen shows, from a list of columns: heading row, one row per item, optionally clickable
 * (pointer and keyboard, the picked row marked selected) and in a scrolling box. Why: the screens' tables differed only
 * in their columns, and each copy of the markup could drift (a row reachable by mouse but not by keyboard).
 */
export function DataTable<R>(props: {
  rows: R[];
  columns: Array<Column<R>>;
  rowKey: (r: R, i: number) => string | number;
  rowAttributes?: (r: R) => RowAttributes;
  onPick?: (r: R) => void;
  isSelected?: (r: R) => boolean;
  testId?: string;
  compact?: boolean;
  scroll?: Scroll;
  /** Said under the headings when there is no row (tables that show their headings even when empty). */
  empty?: ReactNode;
}) {
  const { rows, columns, onPick, isSelected } = props;
  const cellClass = (c: Column<R>, r: R): string | undefined => {
    const extra = typeof c.className === 'function' ? c.className(r) : c.className;
    return [c.num ? 'num' : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  };
  const rowClass = (r: R): string | undefined => [onPick ? 'clickable' : '', isSelected?.(r) ? 'selected' : ''].filter(Boolean).join(' ') || undefined;
  const table = (
    <table className={props.compact ? 'grid compact' : 'grid'} data-testid={props.testId}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={c.num ? 'num' : undefined}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={props.rowKey(r, i)} className={rowClass(r)} {...props.rowAttributes?.(r)} {...(onPick ? { onClick: () => onPick(r), ...activateOnKey(() => onPick(r)) } : {})}>
            {columns.map((c, j) => (
              <td key={j} className={cellClass(c, r)} data-testid={c.testId} title={c.title?.(r)} style={c.style}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const body = (
    <>
      {table}
      {rows.length === 0 && props.empty}
    </>
  );
  const scroll = props.scroll ?? true;
  if (scroll === false) return body;
  return (
    <div className="table-scroll" style={scroll === true ? undefined : { maxHeight: scroll.maxHeight }}>
      {body}
    </div>
  );
}

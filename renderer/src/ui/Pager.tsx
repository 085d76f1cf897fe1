import { formatCount } from './format';

/** Previous/next paging for tables whose rows are paged in SQL. */
export function Pager({ offset, limit, total, onOffset }: { offset: number; limit: number; total: number; onOffset: (o: number) => void }) {
  if (total <= limit) return <span className="muted">{formatCount(total)} rows</span>;
  return (
    <span className="pager">
      <button className="ghost" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ‹ Prev
      </button>
      <span className="muted">
        {formatCount(offset + 1)}–{formatCount(Math.min(total, offset + limit))} of {formatCount(total)}
      </span>
      <button className="ghost" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        Next ›
      </button>
    </span>
  );
}

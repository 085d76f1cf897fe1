import { formatCount } from '../../../shared/format/formatCount';

/** Previous/next paging for tables whose rows are paged in SQL; nothing when one page holds them all (the label beside it gives the count). */
export function Pager({ offset, limit, total, onOffset }: { offset: number; limit: number; total: number; onOffset: (o: number) => void }) {
  if (total <= limit) return null;
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

import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { formatCountOf } from '../ui/format';
import { formatBytes } from '../../../shared/format/formatBytes';
import { formatCount } from '../../../shared/format/formatCount';
import { PagedTable } from '../ui/PagedTable';

const limit = 25;

/** The columns every transfer event has, shown even when empty. */
const always = new Set(['ts', 'user', 'bytes']);

/** Headings in the analyst's words, the time zone and unit stated; a column not named here shows its name capitalised. */
const headings: Record<string, string> = { ts: 'Time (UTC)', user: 'User', bytes: 'Volume', action: 'Action', object: 'Object', ip: 'Address', raw_ref: 'Line' };

/** The heading of a transfer column: its label, else its name with a capital. */
const heading = (name: string): string => headings[name] ?? name.charAt(0).toUpperCase() + name.slice(1);

/** One row of the data view's page, in its column order. */
type Row = Array<string | null>;

/** A data-view cell for this table: bytes in the screen's unit (GB, MB), times without the UTC offset suffix, nulls as a dash. */
function cellText(column: string, v: string | null): string {
  if (v === null) return '—';
  if (column === 'bytes') return formatBytes(Number(v));
  return column === 'ts' ? v.replace(/\+00(:00)?$/, '') : v;
}

/** The exact byte count behind a rounded volume, as the cell's tooltip; other columns have none. */
const exactBytes = (column: string, v: string | null): string | undefined => (column === 'bytes' && v !== null ? `${formatCount(Number(v))} bytes` : undefined);

/** The transfer events of one user in one UTC hour, paged in SQL by the data view (masked unless revealed; reveals are audited). */
export function TransferEventsTable({ user, hour, revealed }: { user: string; hour: string; revealed: boolean }) {
  const [offset, setOffset] = useState(0);
  const prefix = `${hour.slice(0, 10)} ${hour.slice(11, 13)}:`;
  const arg = {
    table: 'transfer',
    offset,
    limit,
    sort: { column: 'ts', desc: false },
    filters: [
      { column: 'user', op: 'eq' as const, value: user },
      { column: 'ts', op: 'contains' as const, value: prefix },
    ],
    reveal: revealed,
  };
  const q = useQuery('tablePage', arg, JSON.stringify(arg));
  const at = (row: Row, name: string) => row[(q.data?.columns ?? []).findIndex((c) => c.name === name)] ?? null;
  // A column no event of the page fills (a log without actions, objects or addresses) is left out rather than shown as dashes.
  const filled = (name: string) => always.has(name) || (q.data?.rows ?? []).some((row) => at(row, name) !== null);
  const columns = (q.data?.columns ?? []).filter((c) => c.name !== 'source_id' && filled(c.name));
  return (
    <div>
      <PagedTable
        page={q.data}
        error={q.error}
        columns={columns.map((c) => ({ head: heading(c.name), num: c.name === 'bytes', testId: `cell-${c.name}`, title: (row: Row) => exactBytes(c.name, at(row, c.name)), cell: (row: Row) => cellText(c.name, at(row, c.name)) }))}
        rowKey={(_, i) => offset + i}
        rowAttributes={() => ({ 'data-testid': 'transfer-event-row' })}
        totalLabel={(n) => `${formatCountOf(n, 'event')} in this hour`}
        totalTestId="transfer-events-total"
        offset={offset}
        limit={limit}
        onOffset={setOffset}
        maxHeight={300}
      />
    </div>
  );
}

import { useState } from 'react';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../ui/format';
import { Pager } from '../ui/Pager';

const limit = 25;

/** A data-view cell for this table: bytes with separators, times without the UTC offset suffix, nulls as a dash. */
function cellText(column: string, v: string | null): string {
  if (v === null) return '—';
  if (column === 'bytes') return formatCount(Number(v));
  return column === 'ts' ? v.replace(/\+00(:00)?$/, '') : v;
}

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
  const columns = (q.data?.columns ?? []).filter((c) => c.name !== 'source_id');
  const at = (row: Array<string | null>, name: string) => row[(q.data?.columns ?? []).findIndex((c) => c.name === name)] ?? null;
  return (
    <div>
      <ErrorNote message={q.error} />
      <div className="table-scroll" style={{ maxHeight: 300 }}>
        <table className="grid">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.name} className={c.name === 'bytes' ? 'num' : ''}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {q.data?.rows.map((row, i) => (
              <tr key={offset + i} data-testid="transfer-event-row">
                {columns.map((c) => (
                  <td key={c.name} className={c.name === 'bytes' ? 'num' : ''} data-testid={`cell-${c.name}`}>
                    {cellText(c.name, at(row, c.name))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted" data-testid="transfer-events-total">
          {q.data ? `${formatCount(q.data.total)} events in this hour` : 'Loading…'}
        </span>
        <Pager offset={offset} limit={limit} total={q.data?.total ?? 0} onOffset={setOffset} />
      </div>
    </div>
  );
}

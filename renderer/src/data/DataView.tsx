import { useState } from 'react';
import type { FacetDto } from '../../../shared/api/dataApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { Panel } from '../ui/Panel';
import { RevealToggle } from '../ui/RevealToggle';
import { SqlViewer } from '../ui/SqlViewer';
import { FacetPanel } from './FacetPanel';
import { FilterBar } from './FilterBar';
import { usePagedRows } from './usePagedRows';
import type { ViewQuery } from './ViewQuery';
import { VirtualGrid, windowRows } from './VirtualGrid';

/** The Data screen: any table of the case, paged in SQL, with filters, sort, facets and masking. */
export function DataView() {
  const tables = useQuery('listTables', {}, 'tables');
  const [q, setQ] = useState<ViewQuery>({ table: '', base: 0, filters: [], reveal: false });
  const [facet, setFacet] = useState<FacetDto | null>(null);
  const [goto, setGoto] = useState('');
  const [facetError, setFacetError] = useState<string | null>(null);
  const table = q.table || tables.data?.find((t) => t.name === 'transfer' || t.name.startsWith('leak_'))?.name || tables.data?.[0]?.name || '';
  const query = { ...q, table };
  const rows = usePagedRows(query);
  const update = (patch: Partial<ViewQuery>) => setQ({ ...query, ...patch });
  const openFacet = (column: string) =>
    call('columnFacet', { table, column, filters: query.filters, reveal: query.reveal }).then(setFacet, (e: Error) => setFacetError(e.message));
  return (
    <div className="stack">
      <Panel
        title="Data"
        aside={<RevealToggle revealed={query.reveal} onChange={(reveal) => update({ reveal })} />}
        testId="data-view"
      >
        <ErrorNote message={tables.error ?? rows.error ?? facetError} />
        <div className="row" style={{ marginBottom: 8 }}>
          <select aria-label="Table" data-testid="table-select" value={table} onChange={(e) => setQ({ table: e.target.value, base: 0, filters: [], reveal: false })}>
            {tables.data?.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({formatCount(t.rows)})
              </option>
            ))}
          </select>
          <span className="muted" data-testid="data-total">
            {formatCount(rows.total)} rows
          </span>
          <span className="spacer" />
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              const n = Math.max(1, Number(goto) || 1);
              update({ base: Math.floor((n - 1) / windowRows) * windowRows });
            }}
          >
            <input aria-label="Go to row" data-testid="goto-row" placeholder="Go to row" value={goto} onChange={(e) => setGoto(e.target.value)} style={{ width: 120 }} />
          </form>
        </div>
        <FilterBar columns={rows.columns} filters={query.filters} onChange={(filters) => update({ filters, base: 0 })} />
        <div className="data-layout">
          <VirtualGrid
            columns={rows.columns}
            count={Math.max(0, rows.total - query.base)}
            base={query.base}
            row={rows.row}
            sort={query.sort}
            onSort={(column) => update({ sort: { column, desc: query.sort?.column === column ? !query.sort.desc : false }, base: 0 })}
            onFacet={(c) => void openFacet(c)}
          />
          {facet && (
            <FacetPanel
              facet={facet}
              onClose={() => setFacet(null)}
              onPick={(value) => {
                update({ filters: [...query.filters, value === null ? { column: facet.column, op: 'isnull', value: '' } : { column: facet.column, op: 'eq', value }], base: 0 });
                setFacet(null);
              }}
            />
          )}
        </div>
        {rows.sql && <SqlViewer sql={rows.sql} />}
      </Panel>
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ColumnInfoDto } from '../../../shared/api/dataApi';

/** Rows the browser can scroll through at once; "Go to row" moves this window anywhere in the table. */
export const windowRows = 100_000;

/** Numeric column types: right-aligned, and never cut (an ellipsis in a figure changes its magnitude). */
const numericType = /INT|DOUBLE|FLOAT|DECIMAL|REAL/;

/** Column width by type, so timestamps and figures show whole (a BIGINT byte count has up to 19 digits) and flags stay narrow. */
function columnWidth(c: ColumnInfoDto): string {
  if (/TIMESTAMP/.test(c.type)) return 'minmax(190px, 1.2fr)';
  if (/BIGINT|HUGEINT|DOUBLE|FLOAT|DECIMAL/.test(c.type)) return 'minmax(170px, 0.8fr)';
  if (numericType.test(c.type)) return 'minmax(110px, 0.6fr)';
  if (/BOOLEAN/.test(c.type)) return 'minmax(80px, 0.4fr)';
  return 'minmax(120px, 1fr)';
}

/** A virtualised grid: only the visible rows exist in the DOM, and only their blocks are fetched. */
export function VirtualGrid(props: {
  columns: ColumnInfoDto[];
  count: number;
  base: number;
  row: (i: number) => Array<string | null> | undefined;
  sort?: { column: string; desc: boolean } | undefined;
  onSort: (column: string) => void;
  onFacet: (column: string) => void;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: Math.min(props.count, windowRows), getScrollElement: () => parent.current, estimateSize: () => 28, overscan: 20 });
  const template = `70px ${props.columns.map(columnWidth).join(' ')}`;
  return (
    <div className="vgrid" data-testid="data-grid">
      <div className="vgrid-head" style={{ gridTemplateColumns: template }}>
        <div className="muted">#</div>
        {props.columns.map((c) => (
          <div key={c.name} className={numericType.test(c.type) ? 'vgrid-th num-head' : 'vgrid-th'}>
            <button className="link" data-testid={`sort-${c.name}`} onClick={() => props.onSort(c.name)} title={`${c.type}${c.dataClass ? ` · ${c.dataClass}` : ''}`}>
              {c.name}
              {props.sort?.column === c.name ? (props.sort.desc ? ' ▼' : ' ▲') : ''}
            </button>
            {c.masked && <span className="muted" title="masked personal data"> ●</span>}
            <button className="ghost facet-btn" data-testid={`facet-${c.name}`} onClick={() => props.onFacet(c.name)} title="Top values">
              ≡
            </button>
          </div>
        ))}
      </div>
      <div ref={parent} className="vgrid-body">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const r = props.row(item.index);
            return (
              <div key={item.key} className="vgrid-row" data-testid="data-row" style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}>
                <div className="muted num">{(props.base + item.index + 1).toLocaleString('en-US')}</div>
                {props.columns.map((c, i) => (
                  <div key={c.name} className={numericType.test(c.type) ? 'cell num' : 'cell'} data-column={c.name} title={r?.[i] ?? ''}>
                    {r ? (r[i] ?? <span className="muted">null</span>) : '…'}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

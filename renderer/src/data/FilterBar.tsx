import { useState } from 'react';
import type { ColumnInfoDto } from '../../../shared/api/dataApi';
import type { Filter } from './Filter';

/** Adds and removes data-view filters; each runs in SQL on the engine. */
export function FilterBar({ columns, filters, onChange }: { columns: ColumnInfoDto[]; filters: Filter[]; onChange: (f: Filter[]) => void }) {
  const [column, setColumn] = useState('');
  const [op, setOp] = useState<Filter['op']>('contains');
  const [value, setValue] = useState('');
  const col = column || columns[0]?.name || '';
  return (
    <div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!col) return;
          onChange([...filters, { column: col, op, value }]);
          setValue('');
        }}
      >
        <select aria-label="Filter column" data-testid="filter-column" value={col} onChange={(e) => setColumn(e.target.value)}>
          {columns.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
        <select aria-label="Filter operator" value={op} onChange={(e) => setOp(e.target.value as Filter['op'])}>
          <option value="contains">contains</option>
          <option value="eq">equals</option>
          <option value="isnull">is empty</option>
          <option value="notnull">is not empty</option>
        </select>
        <input aria-label="Filter value" data-testid="filter-value" value={value} onChange={(e) => setValue(e.target.value)} disabled={op === 'isnull' || op === 'notnull'} />
        <button type="submit" data-testid="filter-add">
          Filter
        </button>
      </form>
      {filters.length > 0 && (
        <div className="chips">
          {filters.map((f, i) => (
            <button key={i} className="chip" onClick={() => onChange(filters.filter((_, j) => j !== i))} title="Remove filter">
              {f.column} {f.op} {f.op === 'contains' || f.op === 'eq' ? `"${f.value}"` : ''} ✕
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

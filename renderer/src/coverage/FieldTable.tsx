import type { CoverageFieldDto } from '../../../shared/api/coverageApi';
import { DataTable, type Column } from '../ui/DataTable';
import { formatCount } from '../../../shared/format/formatCount';
import { formatShare } from '../ui/formatShare';
import { classColour } from './classColour';

/** The header's hint, when the content decided on another class. */
const overruled = (f: CoverageFieldDto): string | null => (f.hint && f.hint !== f.dataClass ? f.hint : null);

const columns: Array<Column<CoverageFieldDto>> = [
  { head: 'Column', className: 'mono', cell: (f) => f.column },
  {
    head: 'Data class',
    testId: 'cell-class',
    title: (f) => (overruled(f) ? `The header suggested ${f.hint}; the content decided.` : undefined),
    cell: (f) => (
      <>
        <span className="legend-swatch" style={{ background: classColour(f.dataClass) }} />
        {f.dataClass}
        {overruled(f) && <span className="muted"> (header: {f.hint})</span>}
      </>
    ),
  },
  { head: 'Populated', num: true, testId: 'cell-populated', cell: (f) => formatShare(f.populated) },
  { head: 'Valid', num: true, testId: 'cell-valid', cell: (f) => formatShare(f.valid) },
  { head: 'Distinct', num: true, testId: 'cell-distinct', cell: (f) => formatCount(f.distinct) },
];

/** Every column of the leak with its data class (and the header's hint when it differs), populated and valid shares, distinct values. */
export function FieldTable({ fields }: { fields: CoverageFieldDto[] }) {
  return <DataTable rows={fields} columns={columns} rowKey={(f) => f.column} rowAttributes={(f) => ({ 'data-testid': 'field-row', 'data-column': f.column })} testId="field-table" />;
}

import { DataTable, type Column } from '../ui/DataTable';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import type { FlaggedUser, MethodComparison } from './compareMethods';
import { formatMeasure } from '../../../shared/format/formatMeasure';

const columns: Array<Column<FlaggedUser>> = [
  { head: 'User', testId: 'cell-user', cell: (u) => showUser(u.user) },
  { head: 'Hours flagged: reference', num: true, testId: 'cell-ref', cell: (u) => formatCount(u.reference) },
  { head: 'baseline', num: true, testId: 'cell-base', cell: (u) => formatCount(u.baseline) },
  { head: 'Largest flagged hour', num: true, cell: (u) => formatMeasure(u.largest.bytes, u.largest.unit) },
  { head: 'At (UTC)', cell: (u) => formatUtc(u.largest.hour).slice(0, 16) },
];

/** Top users by their largest flagged hour, with how many hours each method flags for them, and the overlap of the two methods. */
export function ComparisonPanel({ cmp, partial, onPick }: { cmp: MethodComparison; partial: boolean; onPick: (user: string, hour: string) => void }) {
  const top = cmp.users.slice(0, 10);
  return (
    <Panel title="Top users by flagged volume" testId="export-comparison">
      <p className="hint" data-testid="overlap">
        User-hours flagged by both methods: <b>{formatCount(cmp.both)}</b> · reference only: <b>{formatCount(cmp.referenceOnly)}</b> · baseline only:{' '}
        <b>{formatCount(cmp.baselineOnly)}</b>
        {partial ? ' (among the first 500 of each method)' : ''}
      </p>
      {top.length === 0 ? (
        <p className="hint">Neither method flags any user-hour with these parameters.</p>
      ) : (
        <DataTable
          rows={top}
          columns={columns}
          rowKey={(u) => u.user ?? '∅'}
          rowAttributes={() => ({ 'data-testid': 'top-user-row' })}
          onPick={(u) => {
            if (u.user !== null) onPick(u.user, u.largest.hour);
          }}
        />
      )}
    </Panel>
  );
}

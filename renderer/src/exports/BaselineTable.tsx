import { useState } from 'react';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import { useQuery } from '../api/useQuery';
import { formatCount } from '../../../shared/format/formatCount';
import { FlaggedHoursTable } from './FlaggedHoursTable';
import { formatScore } from '../ui/format';
import { formatMeasure } from '../../../shared/format/formatMeasure';

const limit = 10;

/** The per-user robust baseline's anomalies (hour vs the user's own median and robust spread, above the floor), paged in SQL, with its SQL. */
export function BaselineTable({ params, revealed, onPick }: { params: ExportParams; revealed: boolean; onPick: (r: ExportBaselineRowDto) => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { params, offset, limit };
  const q = useQuery('exportBaseline', arg, JSON.stringify(arg));
  const b = params.baseline;
  return (
    <FlaggedHoursTable
      title="Per-user robust baseline"
      testId="export-baseline"
      testPrefix="base"
      hint={
        <>
          Each hour against the same user&apos;s other hours within ±{b.baselineDays} days (median and robust spread, the hour itself excluded); flagged where the robust score
          &gt; {b.scoreLimit} and the volume reaches the floor.
        </>
      }
      q={q}
      extraColumns={[
        { head: 'Usual', num: true, title: (r) => `${formatCount(r.baselineHours)} hours of history`, cell: (r) => formatMeasure(r.hourOfDayMedian ?? r.median, r.unit) },
        { head: 'Score', num: true, cell: (r) => (r.reason === 'no_history' ? 'new user' : r.score === null ? '—' : formatScore(r.score)) },
      ]}
      revealed={revealed}
      onPick={onPick}
      offset={offset}
      limit={limit}
      onOffset={setOffset}
    />
  );
}

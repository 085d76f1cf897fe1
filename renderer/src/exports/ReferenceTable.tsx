import { useState } from 'react';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportReferenceRowDto } from '../../../shared/api/exportsApi';
import { useQuery } from '../api/useQuery';
import { FlaggedHoursTable } from './FlaggedHoursTable';
import { formatScore } from '../ui/format';

const limit = 10;

/** The reference method's anomalies (z over all user-hours above the limit), paged in SQL, with its SQL. */
export function ReferenceTable({ params, revealed, onPick }: { params: ExportParams; revealed: boolean; onPick: (r: ExportReferenceRowDto) => void }) {
  const [offset, setOffset] = useState(0);
  const arg = { params, offset, limit };
  const q = useQuery('exportReference', arg, JSON.stringify(arg));
  return (
    <FlaggedHoursTable
      title="Reference: z-score over all user-hours"
      testId="export-reference"
      testPrefix="ref"
      hint={<>z = |x − mean| / sd over every user-hour of the case; flagged where z &gt; {params.reference.zLimit}. One population: a nightly backup looks like an attack.</>}
      q={q}
      extraColumns={[{ head: 'z', num: true, cell: (r) => formatScore(r.z) }]}
      revealed={revealed}
      onPick={onPick}
      offset={offset}
      limit={limit}
      onOffset={setOffset}
    />
  );
}

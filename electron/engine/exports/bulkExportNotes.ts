import { formatCount } from '../../../shared/format/formatCount';
import type { BulkExportResult } from './bulkExport';

/** What the analyst must be told of a bulk-export run that flagged more user-hours than become findings: never a silent cut. */
export function bulkExportNotes(r: BulkExportResult): string[] {
  if (r.leftOut === 0) return [];
  return [
    `Bulk export: the per-user baseline flagged ${formatCount(r.flagged)} user-hours, more than the ${formatCount(r.flagged - r.leftOut)} that become findings in one run; ` +
      `the largest did, and the other ${formatCount(r.leftOut)} are listed with every flagged hour (Export volumes, baseline; findings.baseline_flags.csv). A higher floor flags fewer.`,
  ];
}

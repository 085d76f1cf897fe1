import type { BulkExportEvidence } from '../api/findingEvidence';
import type { FindingDraftDto } from '../api/findingsApi';

/** The evidence of a user's bulk_export run (not a crowd hour's), or null for other kinds and older shapes. */
export function bulkExportEvidence(f: FindingDraftDto): BulkExportEvidence | null {
  const e = f.evidence;
  return f.kind === 'bulk_export' && e.reason !== 'crowd' && Array.isArray(e.hourly) && typeof e.usual === 'number' && typeof e.excess === 'number' ? (e as unknown as BulkExportEvidence) : null;
}

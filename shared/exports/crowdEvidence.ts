import type { CrowdEvidence } from '../api/findingEvidence';
import type { FindingDraftDto } from '../api/findingsApi';

/** The evidence of a crowd hour's bulk_export finding, or null for other findings and older shapes. */
export function crowdEvidence(f: FindingDraftDto): CrowdEvidence | null {
  const e = f.evidence;
  return f.kind === 'bulk_export' && e.reason === 'crowd' && Array.isArray(e.crowd) && typeof e.crowdSize === 'number' ? (e as unknown as CrowdEvidence) : null;
}

import type { CampaignEvidence, TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { FindingDraftDto } from '../../../../shared/api/findingsApi';

/** The campaign evidence of a stuffing, spray or brute-force finding (findings/2), or null for older shapes. */
export function campaignEvidence(f: FindingDraftDto): CampaignEvidence | null {
  return f.evidence.campaign === true ? (f.evidence as unknown as CampaignEvidence) : null;
}

/** The takeover evidence of an account_takeover finding (findings/2), or null for older shapes. */
export function takeoverEvidence(f: FindingDraftDto): TakeoverEvidence | null {
  const e = f.evidence;
  return f.kind === 'account_takeover' && typeof e.confidence === 'string' && Array.isArray(e.reasons) && typeof e.suspicious === 'object' ? (e as unknown as TakeoverEvidence) : null;
}

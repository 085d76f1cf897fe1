import type { CampaignEvidence, TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { severities, type FindingDraftDto } from '../../../../shared/api/findingsApi';

/** The campaign evidence of a stuffing, spray or brute-force finding (findings/2), or null for older shapes. */
export function campaignEvidence(f: FindingDraftDto): CampaignEvidence | null {
  return f.evidence.campaign === true ? (f.evidence as unknown as CampaignEvidence) : null;
}

/** The takeover evidence of an account_takeover finding (findings/2), or null for older shapes. */
export function takeoverEvidence(f: FindingDraftDto): TakeoverEvidence | null {
  const e = f.evidence;
  return f.kind === 'account_takeover' && typeof e.confidence === 'string' && Array.isArray(e.reasons) && typeof e.suspicious === 'object' ? (e as unknown as TakeoverEvidence) : null;
}

const rank = { high: 0, medium: 1, low: 2 } as const;

/** Orders account outcomes as an analyst triages them: takeovers by confidence (high first), then the rest; within a confidence the more severe first (an owner's own sign-in after tries is low), then by time. */
export function byConfidence(a: FindingDraftDto, b: FindingDraftDto): number {
  const ra = takeoverEvidence(a)?.confidence;
  const rb = takeoverEvidence(b)?.confidence;
  return (
    (ra ? rank[ra] : 3) - (rb ? rank[rb] : 3) || severities.indexOf(b.severity) - severities.indexOf(a.severity) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id)
  );
}

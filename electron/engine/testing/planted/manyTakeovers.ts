import { handMadeCampaignFindings } from './handMadeCampaign';
import type { FindingRow } from './insertFindingRows';

/** Medium-confidence takeovers stored ahead of the hand-made outcomes: more than one read of limits.listItems per kind. */
const midCount = 1010;
/** Of those, the ones the analyst dismissed (first page, middle, last). */
const dismissedMids = new Set([2, 500, 1009]);
/** Owners' own sign-ins after tries (low takeovers), paged apart from the accounts at risk. */
const ownerCount = 12;

/** The hand-made findings by id, to copy their evidence shape. */
function model(id: string): FindingRow {
  const f = handMadeCampaignFindings().find((r) => r.id === id);
  if (!f) throw new Error(`hand-made finding ${id} missing`);
  return f;
}

/** A copy of a hand-made takeover on another account, at another time (its suspicious sign-in's too), of another severity and confidence. */
function takeoverLike(base: FindingRow, o: { id: string; account: string; severity: string; confidence: string; start: string; status?: string }): FindingRow {
  return { ...base, id: o.id, severity: o.severity, users: [o.account], start: o.start, end: o.start, status: o.status, evidence: { ...base.evidence, account: o.account, confidence: o.confidence, suspicious: { ...(base.evidence?.suspicious as object), ts: o.start } } };
}

/**
 * A case of more account takeovers than one read of a kind holds: 1 010 medium-confidence ones (3 dismissed) and 12
 * owners' own sign-ins after tries stored first, then handMadeCampaignFindings (whose high-confidence takeover, valid
 * passwords and MFA fatigue a per-kind read of the first 1 000 would miss). `listed` is the Accounts at risk list, written
 * out by hand in its triage order: the high-confidence takeover, then the medium ones by start (the hand-made one at
 * 03:00 before the copies from 05:00 on), the low-confidence one (medium severity), then the other outcomes, both high,
 * by start; the low takeovers and the dismissed ones are not in it.
 */
export function manyTakeovers(): { stored: FindingRow[]; listed: string[]; dismissed: number; owners: number } {
  const mid = model('ato-medium');
  const mids = Array.from({ length: midCount }, (_, k) =>
    takeoverLike(mid, {
      id: `ato-mid-${String(k).padStart(4, '0')}`,
      account: `taken${String(k).padStart(4, '0')}@boutique-demo.example`,
      severity: 'high',
      confidence: 'medium',
      start: new Date(Date.UTC(2024, 2, 5, 5) + k * 60_000).toISOString().replace('.000Z', 'Z'),
      status: dismissedMids.has(k) ? 'dismissed' : undefined,
    }),
  );
  const owners = Array.from({ length: ownerCount }, (_, k) =>
    takeoverLike(model('ato-low'), {
      id: `own-${String(k).padStart(2, '0')}`,
      account: `owner${String(k).padStart(2, '0')}@boutique-demo.example`,
      severity: 'low',
      confidence: 'low',
      start: new Date(Date.UTC(2024, 2, 5, 2) + k * 60_000).toISOString().replace('.000Z', 'Z'),
    }),
  );
  const listedMids = mids.filter((f) => f.status !== 'dismissed').map((f) => f.id);
  return {
    stored: [...mids, ...owners, ...handMadeCampaignFindings()],
    listed: ['ato-high', 'ato-medium', ...listedMids, 'ato-low', 'valid-1', 'mfa-1'],
    dismissed: dismissedMids.size,
    owners: ownerCount,
  };
}

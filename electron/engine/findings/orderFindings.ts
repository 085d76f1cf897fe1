import { findingKinds, severities, type FindingDraftDto } from '../../../shared/api/findingsApi';

const confidenceRank: Record<string, number> = { high: 0, medium: 1, low: 2 };

/**
 * Findings in a stable order: by kind (as listed in findingKinds), then the most severe first and takeovers by
 * confidence (high first, as an analyst triages them), then start, then id. The first page of the list and the top rows
 * of findings.json are thus the findings to act on, not the earliest (thousands of low crowd-hour exports come first in time).
 */
export function orderFindings<T extends FindingDraftDto>(drafts: T[]): T[] {
  const rank = (k: string) => findingKinds.indexOf(k as (typeof findingKinds)[number]);
  const severity = (f: T) => -severities.indexOf(f.severity);
  const confidence = (f: T) => confidenceRank[String(f.evidence.confidence)] ?? 3;
  return [...drafts].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      severity(a) - severity(b) ||
      confidence(a) - confidence(b) ||
      (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

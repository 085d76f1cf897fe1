import { findingKinds, type FindingDraftDto } from '../../../shared/api/findingsApi';

/** Findings in a stable order: by kind (as listed in findingKinds), then start, then id. */
export function orderFindings<T extends FindingDraftDto>(drafts: T[]): T[] {
  const rank = (k: string) => findingKinds.indexOf(k as (typeof findingKinds)[number]);
  return [...drafts].sort((a, b) => rank(a.kind) - rank(b.kind) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

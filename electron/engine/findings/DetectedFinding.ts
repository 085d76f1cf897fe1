import type { MemberAccountDto, MemberSourceDto } from '../../../shared/api/findingEvidence';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';

/** A finding as the engine holds it before storage: the draft plus its complete member tables (stored in finding_member, served paged). */
export interface DetectedFinding extends FindingDraftDto {
  members?: { accounts: MemberAccountDto[]; sources: MemberSourceDto[] };
}

/** The draft without its member tables, for live results that carry counts only. */
export function withoutMembers({ members: _m, ...draft }: DetectedFinding): FindingDraftDto {
  return draft;
}

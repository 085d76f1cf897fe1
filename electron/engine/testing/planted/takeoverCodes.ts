import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { FindingDraftDto } from '../../../../shared/api/findingsApi';

/** An account's takeover findings among `findings` as [severity, reason codes]: what the takeover tests compare. */
export function takeoverCodes(findings: FindingDraftDto[], user: string): Array<[string, string[]]> {
  return findings
    .filter((f) => f.kind === 'account_takeover' && f.users.includes(user))
    .map((f): [string, string[]] => [f.severity, (f.evidence as unknown as TakeoverEvidence).reasons.map((x) => x.code)]);
}

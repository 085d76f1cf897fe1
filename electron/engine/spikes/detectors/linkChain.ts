import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import type { DetectedFinding } from '../../findings/DetectedFinding';

/**
 * The chain: an export-volume finding for an account at or after its takeover is linked to it both ways, so leak record
 * → attempts → takeover → transfers reads as one story, and raised to critical, unless the takeover is of low confidence
 * or the export is low (a crowd hour, explained by a cause many users share): a critical finding is acted on at once,
 * and neither of those supports one.
 */
export function linkChain(findings: DetectedFinding[]): DetectedFinding[] {
  const takeovers = findings.filter((f) => f.kind === 'account_takeover');
  return findings.map((f) => {
    if (f.kind !== 'bulk_export') return f;
    const t = takeovers.find((x) => x.users[0] !== undefined && f.users.includes(x.users[0]) && f.end >= x.start);
    if (!t) return f;
    const ev = t.evidence as unknown as TakeoverEvidence;
    ev.linkedExportIds = [...ev.linkedExportIds, f.id];
    ev.reasons = [...ev.reasons, { code: 'export_after', text: `an export-volume anomaly followed (${f.id})` }];
    const raised = ev.confidence !== 'low' && f.severity !== 'low';
    const follows = f.evidence.reason === 'crowd' ? `One of its users, ${t.users[0] ?? ''}, had been taken over before (${t.id}).` : `It follows the account's takeover ${t.id}.`;
    return { ...f, severity: raised ? 'critical' : f.severity, evidence: { ...f.evidence, takeoverId: t.id }, summary: `${f.summary} ${follows}` };
  });
}

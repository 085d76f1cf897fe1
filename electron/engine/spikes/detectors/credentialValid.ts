import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { CredentialValidEvidence } from '../../../../shared/api/findingEvidence';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { findingId } from '../../findings/findingId';
import type { Campaign } from './campaignFindings';

/**
 * Credential confirmed valid, one finding per campaign: its accounts whose leaked password was accepted and a second
 * factor then stopped the sign-in, and that were not taken over. Their passwords must be reset.
 */
export function credentialValid(campaigns: Campaign[], takenOver: Set<string>, p: SpikeParams, sql: string): DetectedFinding[] {
  const out: DetectedFinding[] = [];
  for (const cmp of campaigns) {
    const accounts = (cmp.finding.members?.accounts ?? []).filter((m) => m.user !== null && cmp.accepted.has(m.user) && !takenOver.has(m.user));
    if (accounts.length === 0) continue;
    const users = new Set(accounts.map((a) => a.user as string));
    const sources = (cmp.finding.members?.sources ?? []).filter((s) => s.ip !== null);
    const start = accounts.reduce((m, a) => (a.firstSeen < m ? a.firstSeen : m), accounts[0]?.firstSeen ?? cmp.finding.start);
    const end = accounts.reduce((m, a) => (a.lastSeen > m ? a.lastSeen : m), accounts[0]?.lastSeen ?? cmp.finding.end);
    const evidence: CredentialValidEvidence = { campaignId: cmp.finding.id, memberAccounts: users.size, memberSources: sources.length, windowStart: start, windowEnd: end };
    out.push({
      id: findingId('credential_valid', `${cmp.finding.id}`),
      kind: 'credential_valid',
      severity: 'high',
      ips: [],
      users: [...users].sort(),
      start,
      end,
      summary: `${users.size} account${users.size === 1 ? '' : 's'} of campaign ${cmp.finding.id}: the password was accepted and a second factor then stopped the sign-in. The passwords are known to the attacker: reset them.`,
      evidence: { ...evidence },
      sql,
      params: { stuffing: p.stuffing, recoveryMinutes: p.recoveryMinutes },
      members: { accounts: accounts.map((a) => ({ ...a, outcome: 'credential_valid' as const })), sources: [] },
    });
  }
  return out;
}

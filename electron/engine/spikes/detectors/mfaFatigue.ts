import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import type { MfaFatigueEvidence } from '../../../../shared/api/findingEvidence';
import { queryRows } from '../../sql/queryRows';
import type { DetectedFinding } from '../../findings/DetectedFinding';
import { findingId } from '../../findings/findingId';
import { sqlIso } from '../../sql/sqlIso';
import type { FatigueTakeover } from './accountTakeovers';

interface FatigueRow {
  user: string;
  start: string;
  end: string;
  prompts: number;
  denied: number;
  ips: string[];
  acceptedTs: string | null;
  acceptedIp: string | null;
  acceptedAgent: string | null;
}

/** MFA push fatigue, one finding per account, from the `fatigue` table; the accepted ones also become takeovers. */
export async function mfaFatigue(c: DuckDBConnection, p: SpikeParams, sql: string): Promise<{ findings: DetectedFinding[]; accepted: FatigueTakeover[] }> {
  const rows = await queryRows<FatigueRow>(
    c,
    `SELECT "user", ${sqlIso('start_ts')} AS start, ${sqlIso('end_ts')} AS "end", prompts::DOUBLE AS prompts, denied::DOUBLE AS denied, ips,
            ${sqlIso('accepted_ts')} AS "acceptedTs", accepted_ip AS "acceptedIp", accepted_agent AS "acceptedAgent"
     FROM fatigue ORDER BY start_ts, "user"`,
  );
  const findings = rows.map((r): DetectedFinding => {
    const accepted = r.acceptedTs !== null;
    const evidence: MfaFatigueEvidence = { account: r.user, prompts: r.prompts, denied: r.denied, accepted, windowStart: r.start, windowEnd: r.end, sources: r.ips.length, campaignId: null };
    return {
      id: findingId('mfa_fatigue', `${r.user}|${r.start}`),
      kind: 'mfa_fatigue',
      severity: accepted ? 'critical' : 'high',
      ips: r.ips,
      users: [r.user],
      start: r.start,
      end: accepted ? (r.acceptedTs as string) : r.end,
      summary: `${r.user} received ${r.prompts} second-factor prompts (${r.denied} denied) from ${r.ips.join(', ') || 'an unknown address'} between ${r.start} and ${r.end}${
        accepted ? `, then accepted one: signed in at ${r.acceptedTs}` : ''
      }. The password is known to whoever sent them: reset it.`,
      evidence: { ...evidence },
      sql,
      params: { mfaFatigue: p.mfaFatigue },
      members: {
        accounts: [{ user: r.user, attempts: r.prompts, sources: r.ips.length, outcome: accepted ? 'takeover' : 'mfa_fatigue', leaked: null, firstSeen: r.start, lastSeen: r.end }],
        sources: r.ips.map((ip) => ({ ip, attempts: 0, accounts: 1, asn: null, country: null, rangeLabel: null, firstSeen: r.start, lastSeen: r.end })),
      },
    };
  });
  const accepted = rows
    .filter((r) => r.acceptedTs !== null)
    .map((r) => ({ user: r.user, ts: r.acceptedTs as string, ip: r.acceptedIp, userAgent: r.acceptedAgent, prompts: r.prompts, denied: r.denied }));
  return { findings, accepted };
}

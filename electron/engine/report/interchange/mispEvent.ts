import type { ReportModel } from '../model/ReportModel';
import { uuidV5 } from './uuidV5';

const threatLevel: Record<string, string> = { critical: '1', high: '1', medium: '2', low: '3' };

/** A MISP event (JSON import format): one ip-src attribute per attack source, TLP and finding-kind tags. */
export function mispEvent(m: ReportModel): string {
  const uuid = (key: string) => uuidV5(`${m.caseInfo.id}\u0000misp\u0000${key}`);
  const levels = m.findings.rows.map((f) => threatLevel[f.severity] ?? '4');
  const level = levels.length ? levels.sort()[0] : '4';
  const unreviewed = m.findings.rows.some((f) => f.status === null || f.status === 'new');
  const kindsOf = (ip: string) => [...new Set(m.findings.rows.filter((f) => f.ips.includes(ip)).map((f) => f.kind))];
  const event = {
    Event: {
      uuid: uuid('event'),
      info: `Breach triage — ${m.caseInfo.name}: credential attacks from ${m.attackers.length} sources (report v${m.version})`,
      date: m.generatedAt.slice(0, 10),
      threat_level_id: level,
      analysis: unreviewed ? '1' : '2',
      distribution: '0',
      published: false,
      timestamp: String(Math.floor(Date.parse(m.generatedAt) / 1000)),
      Attribute: m.attackers.map((a) => ({
        uuid: uuid(`ip-src\u0000${a.ip}`),
        type: 'ip-src',
        category: 'Network activity',
        value: a.ip,
        to_ids: true,
        distribution: '5',
        first_seen: new Date(Date.parse(a.firstSeen)).toISOString(),
        last_seen: new Date(Date.parse(a.lastSeen)).toISOString(),
        comment: `${kindsOf(a.ip).join(', ') || 'credential attack'}: ${a.failed} failed of ${a.signins} sign-ins against ${a.accounts} accounts, ${a.firstSeen} to ${a.lastSeen}`,
      })),
      Tag: [{ name: `tlp:${m.meta.tlp}` }, ...[...new Set(m.findings.rows.map((f) => f.kind))].map((k) => ({ name: `breachdesk:finding="${k}"` }))],
    },
  };
  return `${JSON.stringify(event, null, 2)}\n`;
}

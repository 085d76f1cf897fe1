import { stixIpPattern } from './stixPattern';
import { stixTime } from './stixTime';
import { tlp2MarkingIds, tlpMarking } from './tlpMarking';
import type { ReportModel } from '../model/ReportModel';
import { uuidV5 } from './uuidV5';

type StixObject = Record<string, unknown> & { type: string; id: string };

/**
 * A STIX 2.1 bundle of the attack: the organisation's identity, a TLP 2.0 marking, one indicator per attack
 * source (valid from its first sighting), a sighting with counts per indicator, one grouping per finding and a
 * report over all of them. Ids are UUIDv5 of the case and subject, so a later report version updates the same objects.
 */
export function stixBundle(m: ReportModel): string {
  const id = (type: string, key: string) => `${type}--${uuidV5(`${m.caseInfo.id}\u0000${type}\u0000${key}`)}`;
  const created = stixTime(m.caseInfo.createdAt);
  const modified = stixTime(m.generatedAt) < created ? created : stixTime(m.generatedAt);
  const marking = tlp2MarkingIds[m.meta.tlp];
  const identityId = id('identity', 'organisation');
  const common = { spec_version: '2.1', created, modified, created_by_ref: identityId, object_marking_refs: [marking] };
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created,
    modified,
    name: m.meta.controller.trim() || `Breachdesk case ${m.caseInfo.name}`,
    identity_class: 'organization',
    object_marking_refs: [marking],
  };
  const kindsOf = (ip: string) => [...new Set(m.findings.rows.filter((f) => f.ips.includes(ip)).map((f) => f.kind))];
  const indicators: StixObject[] = m.attackers.map((a) => ({
    type: 'indicator',
    id: id('indicator', a.ip),
    ...common,
    name: `Attack source ${a.ip}`,
    description: `Source of ${kindsOf(a.ip).join(', ').replaceAll('_', ' ') || 'credential attacks'} against the organisation's sign-in service: ${a.failed} failed of ${a.signins} sign-ins against ${a.accounts} accounts.`,
    indicator_types: ['malicious-activity'],
    pattern: stixIpPattern(a.ip),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: stixTime(a.firstSeen),
    labels: kindsOf(a.ip),
  }));
  const sightings: StixObject[] = m.attackers.map((a) => ({
    type: 'sighting',
    id: id('sighting', a.ip),
    ...common,
    sighting_of_ref: id('indicator', a.ip),
    first_seen: stixTime(a.firstSeen),
    last_seen: stixTime(a.lastSeen),
    count: Math.min(Math.round(a.signins), 999_999_999),
    where_sighted_refs: [identityId],
  }));
  const groupings: StixObject[] = m.findings.rows.map((f) => {
    const refs = f.ips.filter((ip) => m.attackers.some((a) => a.ip === ip)).map((ip) => id('indicator', ip));
    return {
      type: 'grouping',
      id: id('grouping', f.id),
      ...common,
      name: `${f.kind.replaceAll('_', ' ')} ${f.id}`,
      description: f.summary,
      context: 'suspicious-activity',
      object_refs: refs.length ? refs : [identityId],
      labels: [f.kind, f.severity],
    };
  });
  const report: StixObject = {
    type: 'report',
    id: id('report', 'triage'),
    ...common,
    name: `Breach triage — ${m.caseInfo.name} (v${m.version})`,
    description: `Breachdesk report version ${m.version}: ${m.findings.rows.length} findings, ${m.attackers.length} attack sources. ${m.includePersonalData ? 'Contains personal data.' : 'Account names masked.'}`,
    report_types: ['threat-report'],
    published: modified,
    object_refs: [identityId, ...indicators.map((o) => o.id), ...sightings.map((o) => o.id), ...groupings.map((o) => o.id)],
  };
  const bundle = {
    type: 'bundle',
    id: `bundle--${uuidV5(`${m.caseInfo.id}\u0000bundle\u0000${m.version}`)}`,
    objects: [tlpMarking(m.meta.tlp), identity, ...indicators, ...sightings, ...groupings, report],
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

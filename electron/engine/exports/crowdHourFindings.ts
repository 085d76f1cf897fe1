import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import type { CrowdEvidence } from '../../../shared/api/findingEvidence';
import { findingId } from '../findings/findingId';
import type { CrowdHour } from './crowdHours';
import { formatMeasure } from '../../../shared/format/formatMeasure';

const hourMs = 3_600_000;
/** Most crowd members a crowd finding's evidence names with their volume (the largest first); its users list names them all. */
export const crowdEvidenceMembers = 50;

/** The members of one crowd hour and the size of the crowd hour they came from. */
interface CrowdGroup {
  unit: ExportBaselineRowDto['unit'];
  hour: string;
  members: ExportBaselineRowDto[];
  flagged: number;
}

/** The crowd hours of `rows` (crowdHours), each with its members, in hour order. */
function crowdGroups(rows: ExportBaselineRowDto[], crowd: Map<ExportBaselineRowDto, CrowdHour>): CrowdGroup[] {
  const groups = new Map<string, CrowdGroup>();
  for (const r of rows) {
    const c = crowd.get(r);
    if (!c) continue;
    const key = `${r.hour}\u0000${r.unit}`;
    const group = groups.get(key) ?? { unit: r.unit, hour: r.hour, members: [], flagged: 0 };
    group.flagged += 1;
    if (c.member) group.members.push(r);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => g)
    .filter((g) => g.members.length > 0);
}

/**
 * One low finding per crowd hour (crowdHours: at least crowdUsers users flagged in one hour and unit, volumes alike),
 * naming every member: a release or a re-sync many people share is one event to look at, not one finding per person
 * (a 50 000-user log gave thousands of single-user findings an analyst would dismiss one by one). A member whose
 * flagged run also holds hours of their own keeps its own finding too. `ipsOf` gives each member-hour's addresses.
 */
export function crowdHourFindings(
  rows: ExportBaselineRowDto[],
  crowd: Map<ExportBaselineRowDto, CrowdHour>,
  floorOf: (unit: ExportBaselineRowDto['unit']) => number,
  ipsOf: (r: ExportBaselineRowDto) => string[],
  sql: string,
  params: Record<string, unknown>,
): FindingDraftDto[] {
  return crowdGroups(rows, crowd).map((g) => {
    const members = [...g.members].sort((a, b) => b.bytes - a.bytes || String(a.user).localeCompare(String(b.user)));
    const total = members.reduce((s, r) => s + r.bytes, 0);
    const median = crowd.get(members[0] as ExportBaselineRowDto)?.median ?? 0;
    const lo = members.at(-1)?.bytes ?? 0;
    const hi = members[0]?.bytes ?? 0;
    const others = g.flagged - members.length;
    const ips = [...new Set(members.flatMap(ipsOf))].sort();
    return {
      id: findingId('bulk_export', `crowd|${g.unit}|${g.hour}`),
      kind: 'bulk_export',
      severity: 'low',
      ips,
      users: members.flatMap((r) => (r.user === null ? [] : [r.user])),
      start: g.hour,
      end: new Date(Date.parse(g.hour) + hourMs - 1000).toISOString().replace('.000Z', 'Z'),
      summary:
        `${members.length} users moved alike in the hour from ${g.hour}: ${formatMeasure(lo, g.unit)} to ${formatMeasure(hi, g.unit)} each ` +
        `(median ${formatMeasure(median, g.unit)}, ${formatMeasure(total, g.unit)} in all), one cause many users share (a release, a re-sync) rather than one person's export` +
        (others > 0 ? `; ${others} other${others === 1 ? '' : 's'} flagged that hour moved far more than the crowd and ${others === 1 ? 'is' : 'are'} judged on ${others === 1 ? 'its' : 'their'} own.` : '.'),
      evidence: {
        unit: g.unit,
        reason: 'crowd',
        crowdSize: members.length,
        flaggedUsers: g.flagged,
        crowdMedian: median,
        total,
        peak: hi,
        floor: floorOf(g.unit),
        crowd: members.slice(0, crowdEvidenceMembers).map((r) => ({ user: r.user, value: r.bytes })),
      } satisfies CrowdEvidence,
      sql,
      params,
    };
  });
}

import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { ExportParams } from '../../../shared/api/detectParams';

/** At least this many users flagged in one hour, with volumes alike, make a crowd: one cause shared by many (a release, a re-sync), not bulk exports. */
export const crowdUsers = 10;

/** Middle value of sorted numbers at share q (linear interpolation, as quantile_cont). */
function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/** A flagged user-hour in a crowd hour: the crowd's median volume, and whether this hour is one of the crowd (alike to it). */
export interface CrowdHour {
  median: number;
  member: boolean;
}

/** At least crowdUsers users of a crowd hour move within this factor of its median, either way: alike volumes (as a repeating job's runs, repeatingHours). */
export const crowdAlikeFactor = 2;

/**
 * The flagged user-hours in a crowd hour, each with the hour's median flagged volume and whether it belongs to the
 * crowd: its volume within the baseline's score limit of theirs (robust score against the hour's flagged volumes, the
 * same formula as the per-user baseline). An hour is a crowd when at least `crowdUsers` users are flagged in it and at
 * least that many of them moved within `crowdAlikeFactor` of the median: a shared cause moves alike volumes, while
 * the robust score alone took any hour of widely spread volumes for a crowd (ten users flagged in one hour moving
 * 1–60 GB each, three service-account pulls and a bulk pull among them, became one low finding, the crowd's 12 GB
 * median the usual of the others). An insider pulling far more than the crowd in that hour is not a member.
 */
export function crowdHours(rows: ExportBaselineRowDto[], b: ExportParams['baseline']): Map<ExportBaselineRowDto, CrowdHour> {
  const byHour = new Map<string, ExportBaselineRowDto[]>();
  for (const r of rows) {
    const key = `${r.unit}\u0000${r.hour}`;
    const group = byHour.get(key) ?? [];
    group.push(r);
    byHour.set(key, group);
  }
  const out = new Map<ExportBaselineRowDto, CrowdHour>();
  for (const group of byHour.values()) {
    if (new Set(group.map((r) => r.user)).size < crowdUsers) continue;
    const xs = group.map((r) => r.bytes).sort((a, b) => a - b);
    const [q1, q2, q3] = [quantile(xs, 0.25), quantile(xs, 0.5), quantile(xs, 0.75)];
    const scale = Math.max((q3 - q1) / 1.349, b.minScaleShare * q2, 1);
    const alike = group.filter((r) => r.bytes <= crowdAlikeFactor * q2 && r.bytes * crowdAlikeFactor >= q2);
    if (new Set(alike.map((r) => r.user)).size < crowdUsers) continue;
    for (const r of group) out.set(r, { median: q2, member: (r.bytes - q2) / scale <= b.scoreLimit });
  }
  return out;
}

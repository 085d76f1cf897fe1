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

/**
 * The flagged user-hours that belong to a crowd: at least `crowdUsers` users flagged in the same hour and unit, and this
 * one's volume within the baseline's score limit of theirs (robust score against the hour's flagged volumes, the same
 * formula as the per-user baseline). An insider pulling far more than the crowd in that hour stays outside it.
 */
export function crowdRows(rows: ExportBaselineRowDto[], b: ExportParams['baseline']): Set<ExportBaselineRowDto> {
  const byHour = new Map<string, ExportBaselineRowDto[]>();
  for (const r of rows) {
    const key = `${r.unit}\u0000${r.hour}`;
    const group = byHour.get(key) ?? [];
    group.push(r);
    byHour.set(key, group);
  }
  const out = new Set<ExportBaselineRowDto>();
  for (const group of byHour.values()) {
    if (new Set(group.map((r) => r.user)).size < crowdUsers) continue;
    const xs = group.map((r) => r.bytes).sort((a, b) => a - b);
    const [q1, q2, q3] = [quantile(xs, 0.25), quantile(xs, 0.5), quantile(xs, 0.75)];
    const scale = Math.max((q3 - q1) / 1.349, b.minScaleShare * q2, 1);
    for (const r of group) if ((r.bytes - q2) / scale <= b.scoreLimit) out.add(r);
  }
  return out;
}

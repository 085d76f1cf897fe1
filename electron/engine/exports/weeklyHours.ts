import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';

const weekMs = 7 * 86_400_000;

/**
 * The flagged user-hours that repeat a week apart: the same user and unit flagged exactly one week before or after,
 * with a volume within a factor of two, each mapped to the larger such volume. A weekly job (a report, a full backup)
 * is flagged every week because the ±baselineDays window holds at most two of its runs; its volume is its habit.
 */
export function weeklyHours(rows: ExportBaselineRowDto[]): Map<ExportBaselineRowDto, number> {
  const byKey = new Map(rows.map((r) => [`${r.user}\u0000${r.unit}\u0000${Date.parse(r.hour)}`, r]));
  const out = new Map<ExportBaselineRowDto, number>();
  for (const r of rows) {
    const at = Date.parse(r.hour);
    for (const other of [at - weekMs, at + weekMs]) {
      const o = byKey.get(`${r.user}\u0000${r.unit}\u0000${other}`);
      if (o && o.bytes * 2 >= r.bytes && r.bytes * 2 >= o.bytes) out.set(r, Math.max(out.get(r) ?? 0, o.bytes));
    }
  }
  return out;
}

import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';

const dayMs = 86_400_000;
/** Days apart at which a job repeats at the same hour of day: a week, or a month (28–31 days: month-end and first-of-month runs drift with the month's length). */
const repeatDays = [7, 28, 29, 30, 31];

/**
 * The flagged user-hours that repeat: the same user and unit flagged at the same hour of day a week or a month before
 * or after, with a volume within a factor of two, each mapped to the largest such volume. A weekly or monthly job (a
 * report, a full backup, a month-end export) is flagged at every run because the ±baselineDays window holds at most
 * two runs of it, if any; its volume is its habit.
 */
export function repeatingHours(rows: ExportBaselineRowDto[]): Map<ExportBaselineRowDto, number> {
  const byKey = new Map(rows.map((r) => [`${r.user}\u0000${r.unit}\u0000${Date.parse(r.hour)}`, r]));
  const out = new Map<ExportBaselineRowDto, number>();
  for (const r of rows) {
    const at = Date.parse(r.hour);
    for (const d of repeatDays) {
      for (const other of [at - d * dayMs, at + d * dayMs]) {
        const o = byKey.get(`${r.user}\u0000${r.unit}\u0000${other}`);
        if (o && o.bytes * 2 >= r.bytes && r.bytes * 2 >= o.bytes) out.set(r, Math.max(out.get(r) ?? 0, o.bytes));
      }
    }
  }
  return out;
}

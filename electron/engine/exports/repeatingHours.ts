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
  // Hours per (user, unit), keyed by epoch milliseconds: each row is parsed once and looked up by number.
  const series = new Map<string, Map<number, ExportBaselineRowDto>>();
  const at = new Map<ExportBaselineRowDto, { hours: Map<number, ExportBaselineRowDto>; ms: number }>();
  for (const r of rows) {
    const key = `${r.user}\u0000${r.unit}`;
    const hours = series.get(key) ?? new Map<number, ExportBaselineRowDto>();
    series.set(key, hours);
    const ms = Date.parse(r.hour);
    hours.set(ms, r);
    at.set(r, { hours, ms });
  }
  const out = new Map<ExportBaselineRowDto, number>();
  for (const [r, { hours, ms }] of at) {
    if (hours.size < 2) continue;
    for (const d of repeatDays) {
      for (const other of [ms - d * dayMs, ms + d * dayMs]) {
        const o = hours.get(other);
        if (o && o.bytes * 2 >= r.bytes && r.bytes * 2 >= o.bytes) out.set(r, Math.max(out.get(r) ?? 0, o.bytes));
      }
    }
  }
  return out;
}

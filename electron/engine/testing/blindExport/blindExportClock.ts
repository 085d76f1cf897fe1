/** Day 0 of every blind transfer log: Monday 21 September 2026, so 14 days hold a quarter-end and 35 or more Europe's DST end. */
export const exportStart = Date.UTC(2026, 8, 21);

const dstEnd = Date.UTC(2026, 9, 25, 1);
const hourMs = 3_600_000;

/** Hours Europe/Paris is ahead of UTC at a UTC instant (within the blind period, before the spring change). */
export function parisOffset(utc: number): number {
  return utc < dstEnd ? 2 : 1;
}

/** The UTC instant of a Paris wall-clock time (hours may hold a fraction) on day `day` of the log: people and cron keep local time across DST. */
export function localAt(day: number, hour: number): number {
  const wall = exportStart + day * 86_400_000 + Math.round(hour * hourMs);
  return wall - parisOffset(wall - 2 * hourMs) * hourMs;
}

/** True on Saturday and Sunday (day 0 is a Monday). */
export function isWeekend(day: number): boolean {
  return day % 7 >= 5;
}

/** The calendar date (UTC) of a day of the log. */
export function dateOf(day: number): Date {
  return new Date(exportStart + day * 86_400_000);
}

/** True on the last Monday–Friday of its month: the day finance closes the month. */
export function lastWorkdayOfMonth(day: number): boolean {
  if (isWeekend(day)) return false;
  const month = dateOf(day).getUTCMonth();
  for (let d = day + 1; d <= day + 3; d += 1) if (!isWeekend(d) && dateOf(d).getUTCMonth() === month) return false;
  return true;
}

/** The hour floor (UTC, ms) of an instant: the key the truth is kept under. */
export function hourOf(utc: number): number {
  return Math.floor(utc / hourMs) * hourMs;
}

/**
 * The text a third-party log writes for an instant, in one of the three spellings real exports mix: `Z`, a Paris
 * offset (`+02:00`), or zone-less UTC with a space.
 */
export function exportTimeText(utc: number, spelling: number): string {
  const iso = new Date(utc).toISOString();
  if (spelling === 0) return `${iso.slice(0, 19)}Z`;
  if (spelling === 1) return `${new Date(utc + parisOffset(utc) * hourMs).toISOString().slice(0, 19)}+0${parisOffset(utc)}:00`;
  return iso.slice(0, 19).replace('T', ' ');
}

/** The first day of every generated domain: Monday 1 February 2027 (no DST change in the period, unlike the blind tenant). */
export const domainStart = Date.UTC(2027, 1, 1);

/** Hours the company's wall clock (Central European winter time) is ahead of UTC. */
const offsetHours = 1;

/** The UTC instant of a wall-clock time on day `day` of the period; seconds may carry a fraction (events are milliseconds apart). */
export function wallTime(day: number, hour: number, minute = 0, second = 0): number {
  return domainStart + day * 86_400_000 + Math.round(((hour - offsetHours) * 3600 + minute * 60 + second) * 1000);
}

/** True on Saturday and Sunday. */
export function weekendDay(day: number): boolean {
  return day % 7 >= 5;
}

/** The first day of every blind tenant: Monday 19 October 2026, so a 7–30 day log spans Europe's DST end (25 October, 01:00 UTC). */
export const blindStart = Date.UTC(2026, 9, 19);

const dstEnd = Date.UTC(2026, 9, 25, 1);

/** Hours Europe/Paris is ahead of UTC at a UTC instant (within the blind period). */
export function parisOffsetHours(utc: number): number {
  return utc < dstEnd ? 2 : 1;
}

/** The UTC instant of a Paris wall-clock time on day `day` of the period (people keep their local habits across DST). */
export function parisTime(day: number, hour: number, minute = 0, second = 0): number {
  const wall = blindStart + day * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000;
  return wall - parisOffsetHours(wall - 2 * 3_600_000) * 3_600_000;
}

/** True on Saturday and Sunday. */
export function weekend(day: number): boolean {
  return day % 7 >= 5;
}

/** The text a log written in UTC (`Z`) or in Paris local time (no zone) holds for an instant. */
export function blindTimeText(utc: number, local: boolean): string {
  if (!local) return new Date(utc).toISOString();
  return new Date(utc + parisOffsetHours(utc) * 3_600_000).toISOString().slice(0, 23);
}

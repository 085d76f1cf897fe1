/** part / whole rounded to 4 decimals (0 when whole is 0), so evidence is stable and readable. */
export function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0;
}

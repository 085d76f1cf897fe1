/** A finding's window as `start → end UTC`, or one time when both read the same (a takeover's single sign-in), so no heading says `10:20 → 10:20`. */
export function formatSpan(start: string, end: string, format: (iso: string) => string): string {
  const [a, b] = [format(start), format(end)];
  return a === b ? `${a} UTC` : `${a} → ${b} UTC`;
}

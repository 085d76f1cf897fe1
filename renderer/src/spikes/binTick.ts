/** An axis tick for a bin start: the date for day-wide bins, the time of day otherwise (with the date when the span is longer than a day). */
export function binTick(iso: string, binMinutes: number, spanDays: number): string {
  if (binMinutes >= 1440) return iso.slice(5, 10);
  const time = binMinutes < 1 ? iso.slice(11, 19) : iso.slice(11, 16);
  return spanDays > 1 ? `${iso.slice(5, 10)} ${time}` : time;
}

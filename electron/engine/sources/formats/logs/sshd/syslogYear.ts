/**
 * The year of a syslog's first line when the analyst did not give one: the file's modification time
 * dates its last line (a last month later than the mtime's month means the previous year), and each
 * year wrap seen in the file (Dec → Jan) moves the first line one year further back.
 */
export function inferFirstYear(mtime: Date, lastMonth: number, wraps: number): number {
  const lastYear = lastMonth > mtime.getUTCMonth() + 1 ? mtime.getUTCFullYear() - 1 : mtime.getUTCFullYear();
  return lastYear - wraps;
}

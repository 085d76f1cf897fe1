/** Formats a byte count for axes and tables (1.2 GB). */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** Formats a count with thousands separators. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

/** A count and its noun, singular for one (`1 user-hour`, `3 user-hours`): table totals read as sentences. */
export function formatCountOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

/** Shortens an ISO UTC timestamp to `MM-DD HH:mm` for axis ticks. */
export function formatHourTick(iso: string): string {
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

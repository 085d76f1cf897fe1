import { formatCount } from '../../../shared/format/formatCount';

/** A count and its noun, singular for one (`1 user-hour`, `3 user-hours`): table totals read as sentences. */
export function formatCountOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

/** Shortens an ISO UTC timestamp to `MM-DD HH:mm` for axis ticks. */
export function formatHourTick(iso: string): string {
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

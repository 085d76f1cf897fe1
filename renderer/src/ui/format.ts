import { formatCount } from '../../../shared/format/formatCount';

/** A count and its noun, singular for one (`1 user-hour`, `3 user-hours`): table totals read as sentences. */
export function formatCountOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

/** Shortens an ISO UTC timestamp to `MM-DD HH:mm` for axis ticks. */
export function formatHourTick(iso: string): string {
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

/** A score (robust score, z) to one decimal with thousands separators (`15,531.8`), as tables of them read down. */
export function formatScore(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

import type { SigninBinDto } from '../../../shared/api/spikesApi';
import type { TimeRange } from './TimeRange';

/** An epoch-millisecond time as the engine's ISO form (`2024-03-01T10:05:00Z`). */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Inserts empty bins between the first and last so quiet periods show as gaps, not as squeezed time; with a zoomed
 * range [from, to), also before the first and after the last, so the axis spans the range the screen names.
 */
export function fillBins(bins: SigninBinDto[], binMinutes: number, range: TimeRange = {}): SigninBinDto[] {
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return [];
  const step = binMinutes * 60_000;
  let start = Date.parse(first.bin);
  let end = Date.parse(last.bin);
  if (range.from !== undefined) while (start - step >= Date.parse(range.from)) start -= step;
  if (range.to !== undefined) while (end + step < Date.parse(range.to)) end += step;
  if ((end - start) / step > 5000) return bins;
  const byTime = new Map(bins.map((b) => [Date.parse(b.bin), b]));
  const out: SigninBinDto[] = [];
  for (let t = start; t <= end; t += step) out.push(byTime.get(t) ?? { bin: isoOf(t), failed: 0, success: 0, unknown: 0 });
  return out;
}

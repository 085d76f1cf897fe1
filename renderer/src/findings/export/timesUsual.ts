import { formatCount } from '../../../../shared/format/formatCount';

/**
 * How many times the usual a run's volume is, for the headline (`17,400× the usual`), or null without a usual: from the
 * run's total, never from usual + excess, which is clamped at 0 for a repeating job's run below its largest repeat.
 */
export function timesUsual(total: number, usual: number): string | null {
  if (usual <= 0) return null;
  const r = total / usual;
  return `${r >= 100 ? formatCount(Math.round(r)) : r.toFixed(1)}× the usual`;
}

import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { Severity } from '../../../shared/api/findingsApi';
import type { CrowdHour } from './crowdHours';

/** What a run of flagged hours moved beyond the user's habit, and the severity that follows. */
export interface RunSeverity {
  severity: Severity;
  /** The usual volume of the run's hours outside a crowd: per hour the largest of the user's median of all hours, of the same hour of day (0 without history), of the crowd's median in a crowd hour, and of the same hour a week or a month apart when it repeats (repeatingHours). */
  usual: number;
  /** What those hours moved beyond it. */
  excess: number;
}

/** The user's own habit for a flagged hour: the larger of their median hour and their median at that hour of day (0 without history); the sentence and the severity both judge by it. */
export function ownHabit(r: ExportBaselineRowDto): number {
  return Math.max(r.median ?? 0, r.hourOfDayMedian ?? 0);
}

/**
 * Severity of a bulk-export run. High only when the run's hours outside a crowd (crowdHours: explained by a cause many
 * users share) moved at least ten floors more than their usual and at least twice it: an account whose every night
 * moves tens of GB is not "high" for a night a little above its habit (the absolute total alone made every flagged
 * hour of such an account high); in a crowd hour what the crowd moved is usual, and so is what a weekly or monthly job moves. Low
 * when every hour belongs to a crowd. Otherwise medium.
 */
export function runSeverity(run: ExportBaselineRowDto[], floor: number, crowd: Map<ExportBaselineRowDto, CrowdHour>, repeating: Map<ExportBaselineRowDto, number>): RunSeverity {
  const own = run.filter((r) => crowd.get(r)?.member !== true);
  const total = own.reduce((s, r) => s + r.bytes, 0);
  const usual = own.reduce((s, r) => s + Math.max(ownHabit(r), crowd.get(r)?.median ?? 0, repeating.get(r) ?? 0), 0);
  const excess = total - usual;
  if (own.length === 0) return { severity: 'low', usual, excess };
  return { severity: excess >= 10 * Math.max(floor, 1) && total >= 2 * usual ? 'high' : 'medium', usual, excess };
}

import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { Severity } from '../../../shared/api/findingsApi';

/** What a run of flagged hours moved beyond the user's habit, and the severity that follows. */
export interface RunSeverity {
  severity: Severity;
  /** The user's usual volume for the run's hours outside a crowd: per hour the larger of the median of all hours and of the same hour of day (0 without history). */
  usual: number;
  /** What those hours moved beyond it. */
  excess: number;
}

/**
 * Severity of a bulk-export run. High only when the run's hours outside a crowd (crowdRows: explained by a cause many
 * users share) moved at least ten floors more than the user's usual for those hours and at least twice that usual: an
 * account whose every night moves tens of GB is not "high" for a night a little above its habit (the absolute total
 * alone made every flagged hour of such an account high). Low when every hour belongs to a crowd. Otherwise medium.
 */
export function runSeverity(run: ExportBaselineRowDto[], floor: number, crowd: Set<ExportBaselineRowDto>): RunSeverity {
  const own = run.filter((r) => !crowd.has(r));
  const total = own.reduce((s, r) => s + r.bytes, 0);
  const usual = own.reduce((s, r) => s + Math.max(r.median ?? 0, r.hourOfDayMedian ?? 0), 0);
  const excess = total - usual;
  if (own.length === 0) return { severity: 'low', usual, excess };
  return { severity: excess >= 10 * Math.max(floor, 1) && total >= 2 * usual ? 'high' : 'medium', usual, excess };
}

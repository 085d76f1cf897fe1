import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { Severity } from '../../../shared/api/findingsApi';
import type { CrowdHour } from './crowdHours';
import { isBulkPull } from '../../../shared/exports/bulkPullRule';

/** What a run of flagged hours moved beyond the user's habit, and the severity that follows. */
export interface RunSeverity {
  severity: Severity;
  /** The usual volume of the run's hours outside a crowd: per hour the largest of the user's median of all hours, of the same hour of day (0 without history), of the crowd's median in a crowd hour, and of the same hour a week or a month apart when it repeats (repeatingHours). */
  usual: number;
  /** What those hours moved beyond it, never below 0: a run no larger than its usual (a weekly job's run a little smaller than its run a week apart, the usual of a repeat) moved nothing beyond it, and a negative "beyond the expected" contradicts itself in the report. */
  excess: number;
  /** Of those hours, the ones no larger than the user's own largest hour at least a day before, outside a crowd or a high run (hasPrecedent). */
  precedentHours: number;
  /** The largest robust score on a multiplicative scale of those hours (ExportBaselineRowDto.logScore), null when one has too little history. */
  logScore: number | null;
  /** A bulk pull by volume within a heavy user's own habit (withinHeavyHabit): medium, not high. */
  heavyHabit: boolean;
}

/** The key of a user's hour in the sets of NotHabit. */
export const userHourKey = (user: string | null, unit: string, hour: string): string => `${user}\u0000${unit}\u0000${hour}`;

/** User-hours (userHourKey) that are no precedent: crowd members', and those of runs already judged high. */
export interface NotHabit {
  crowd: ReadonlySet<string>;
  high: ReadonlySet<string>;
}

/**
 * Whether the user moved at least as much in one hour at least a day before this one, within the window: they have
 * done it before, and that hour was judged on its own. Never when that hour is a crowd member's (a release the user
 * downloaded with everybody is no habit of theirs: a 12 GB release made every later bulk pull under it a repeat); nor,
 * with `highToo`, when it is in a run judged high.
 */
export function hasPrecedent(r: ExportBaselineRowDto, not: NotHabit, highToo: boolean): boolean {
  if (r.priorMax === null || r.priorMaxHour === null || r.bytes > r.priorMax) return false;
  const key = userHourKey(r.user, r.unit, r.priorMaxHour);
  return !not.crowd.has(key) && !(highToo && not.high.has(key));
}

/** The user's own habit for a flagged hour: the larger of their median hour and their median at that hour of day (0 without history); the sentence and the severity both judge by it. */
export function ownHabit(r: ExportBaselineRowDto): number {
  return Math.max(r.median ?? 0, r.hourOfDayMedian ?? 0);
}

/**
 * Whether a run's own hours are within a heavy user's habit: a quarter of the user's hours in the window move the floor
 * or more (upper quartile), and none of the run's hours is extreme for them on a multiplicative scale (logScore at most
 * the score limit, against all their hours and against that hour of day, so a job's pull at another time stays high). Volumes are products of file sizes and counts: a person whose hours spread over orders of magnitude
 * (a data scientist's 15 GB hour beside a 600 MB median and a 1.5 GB upper quartile) reaches ten floors by their own
 * heavy tail, while an ordinary account's 15 GB beside a 20 MB median is far above the limit, and so is the heavy
 * user's 200 GB. Quartiles, not a maximum, so one staged first pull does not make the next look usual; and only for a
 * user whose every fourth hour already moves the floor, as an ordinary person's widely spread small hours (the export
 * sweep's people moving 10 MB files) would otherwise leave their 12 GB and larger pulls under the limit.
 */
export function withinHeavyHabit(own: ExportBaselineRowDto[], floor: number, scoreLimit: number): boolean {
  return own.length > 0 && own.every((r) => r.upperQuartile !== null && r.upperQuartile >= floor && r.logScore !== null && r.logScore <= scoreLimit);
}

/**
 * Severity of a bulk-export run. High only when the run's hours outside a crowd (crowdHours: explained by a cause many
 * users share) moved at least ten floors more than their usual and at least twice it: an account whose every night
 * moves tens of GB is not "high" for a night a little above its habit (the absolute total alone made every flagged
 * hour of such an account high); in a crowd hour what the crowd moved is usual, and so is what a weekly or monthly job moves. Low
 * when every hour belongs to a crowd. Otherwise medium. Then one step lower when every such hour has a precedent
 * (hasPrecedent: the user moved as much in an hour at least a day before, within the window, outside a crowd), so the
 * run repeats what the user has done and that earlier hour was judged on its own: a high is medium (a data-science
 * user's next heavy hour, a job's next run), a medium is low (the heavy tail of a person's own work) unless its
 * precedent was itself high: an exfiltration must not make the next ones look usual, nor a day-time pull a night.
 * A bulk pull by volume is medium, not high, when it is within a heavy user's own habit (withinHeavyHabit).
 */
export function runSeverity(
  run: ExportBaselineRowDto[],
  floor: number,
  crowd: Map<ExportBaselineRowDto, CrowdHour>,
  repeating: Map<ExportBaselineRowDto, number>,
  notHabit: NotHabit,
  scoreLimit: number,
): RunSeverity {
  const own = run.filter((r) => crowd.get(r)?.member !== true);
  const total = own.reduce((s, r) => s + r.bytes, 0);
  const usual = own.reduce((s, r) => s + Math.max(ownHabit(r), crowd.get(r)?.median ?? 0, repeating.get(r) ?? 0), 0);
  const excess = Math.max(0, total - usual);
  const precedentHours = own.filter((r) => hasPrecedent(r, notHabit, true)).length;
  const logScore = own.length === 0 || own.some((r) => r.logScore === null) ? null : Math.max(...own.map((r) => r.logScore ?? 0));
  const bulk = own.length > 0 && isBulkPull(total, usual, floor);
  const heavyHabit = bulk && withinHeavyHabit(own, floor, scoreLimit);
  const judged = { usual, excess, precedentHours, logScore, heavyHabit };
  if (own.length === 0) return { severity: 'low', ...judged };
  if (bulk) {
    if (heavyHabit) return { severity: 'medium', ...judged };
    const repeated = own.every((r) => hasPrecedent(r, notHabit, false));
    return { severity: repeated ? 'medium' : 'high', ...judged };
  }
  return { severity: precedentHours === own.length ? 'low' : 'medium', ...judged };
}

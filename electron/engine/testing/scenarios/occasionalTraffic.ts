import type { Insider } from './exportAttacks';
import type { ExportScenarioParams } from './ExportScenarioParams';
import { workDays, workHabit } from './exportTraffic';
import { dayMs, hourMs, orgStart, type ExportWriter } from './ExportWriter';
import type { Rng } from './Rng';

const logUniform = (r: Rng, lo: number, hi: number) => Math.exp(Math.log(lo) + r.real() * Math.log(hi / lo));

/** A weekday at least a week into the period, from `r` (a big day needs some history before it to be judged against). */
function laterWeekday(r: Rng, p: ExportScenarioParams): number {
  for (;;) {
    const d = r.int(Math.min(7, p.days - 1), p.days - 1);
    if (d % 7 < 5) return d;
  }
}

/** The last two weekdays of the period (the quarter's end in the log), latest first. */
function lastWeekdays(p: ExportScenarioParams): number[] {
  const out: number[] = [];
  for (let d = p.days - 1; d >= 0 && out.length < 2; d--) if (d % 7 < 5) out.push(d);
  return out;
}

/** Why: a person's one legitimate large day (a video upload, a data set download) looks like a small bulk pull; these people already work as ordinary (their traffic is in `who`), this adds the day. */
export function bigDays(w: ExportWriter, r: Rng, p: ExportScenarioParams, who: Insider[]): void {
  for (const { user, habit } of who) {
    const d = laterWeekday(r, p);
    const bytes = logUniform(r, p.bigDayBytes / 3, p.bigDayBytes);
    const hours = r.int(1, 3);
    const first = habit.start + r.int(0, habit.len - hours);
    for (let k = 0; k < hours; k++) w.spread(r, orgStart + d * dayMs + (first + k) * hourMs, user, bytes / hours, r.int(2, 8), 'big_day');
  }
}

/** Why: a team-wide quarter-end (each member exports their share on the last two weekdays, each at an hour of their own) flags many people in a day but never a crowd hour. */
export function quarterEnd(w: ExportWriter, r: Rng, p: ExportScenarioParams, who: Insider[]): void {
  const days = lastWeekdays(p);
  for (const { user, habit } of who) {
    const d = r.pick(days);
    w.spread(r, orgStart + d * dayMs + (habit.start + r.int(0, habit.len - 1)) * hourMs, user, logUniform(r, p.quarterEndBytes / 4, p.quarterEndBytes), r.int(3, 12), 'quarter_end');
  }
}

/** Why: a data-science person moves heavy-tailed volumes every day (an hour of several GB now and then is their habit, not an event). */
export function dataScience(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  const q = { ...p, maxEventBytes: 40e9 };
  for (let k = 0; k < p.dataScience; k++) workDays(w, r, q, `ds-${k}`, workHabit(r, q, 10, p.dataScienceSigma), { label: () => 'data_science' });
}

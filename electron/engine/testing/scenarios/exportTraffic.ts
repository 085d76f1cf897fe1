import type { ExportScenarioParams } from './ExportScenarioParams';
import { dayMs, hourMs, normal, orgStart, poisson, type BenignExportLabel, type ExportWriter } from './ExportWriter';
import type { Rng } from './Rng';

/** How an ordinary person works: first office hour, hours a day, own median event size, event rate and spread of sizes (log-normal sigma). */
export interface WorkHabit {
  start: number;
  len: number;
  median: number;
  rate: number;
  sigma: number;
}

/** A person's habit: office hours starting 7–10 (UTC), 7–9 hours long, their own typical event size and pace (`scale` times the typical size, sizes spread by `sigma`). */
export function workHabit(r: Rng, p: ExportScenarioParams, scale = 1, sigma = p.eventSigma): WorkHabit {
  return { start: r.int(7, 10), len: r.int(7, 9), median: scale * p.medianEventBytes * Math.exp(0.7 * normal(r)), rate: Math.exp(0.4 * normal(r)), sigma };
}

/** The hour starts (ms) a person is active on day `d`: office hours on weekdays, now and then an evening or a weekend hour. */
export function activeHours(r: Rng, habit: WorkHabit, d: number): number[] {
  const base = orgStart + d * dayMs;
  const weekday = d % 7 < 5;
  const hours: number[] = [];
  if (weekday) {
    for (let k = 0; k < habit.len; k++) hours.push(base + (habit.start + k) * hourMs);
    if (r.chance(0.1)) hours.push(base + r.int(19, 22) * hourMs);
  } else if (r.chance(0.1)) {
    hours.push(base + r.int(11, 16) * hourMs);
  }
  return hours;
}

/** One active hour of ordinary work: Poisson events with heavy-tailed (log-normal) sizes around the person's median. */
export function workHour(w: ExportWriter, r: Rng, p: ExportScenarioParams, habit: WorkHabit, hourStart: number, user: string, label: BenignExportLabel, factor = 1): void {
  const events = Math.max(1, poisson(r, p.eventsPerHour * habit.rate));
  for (let e = 0; e < events; e++) w.one(hourStart + r.int(0, 3_599_000), user, Math.min(p.maxEventBytes, factor * habit.median * Math.exp(habit.sigma * normal(r))), label);
}

/** Days of a person's work from `from` on, each hour shifted by `shift(d)` hours and labelled by `label(d)`. */
export function workDays(
  w: ExportWriter,
  r: Rng,
  p: ExportScenarioParams,
  user: string,
  habit: WorkHabit,
  o: { from?: number; label?: (d: number) => BenignExportLabel; shift?: (d: number) => number; factor?: (d: number) => number } = {},
): void {
  for (let d = o.from ?? 0; d < p.days; d++) {
    const shift = (o.shift?.(d) ?? 0) * hourMs;
    for (const h of activeHours(r, habit, d)) workHour(w, r, p, habit, h + shift, user, o.label?.(d) ?? 'ordinary', o.factor?.(d) ?? 1);
  }
}

/** Nightly backup accounts: tens of GB at the account's own hour every night, spilling into the next hour. */
export function backups(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  for (let k = 0; k < p.backups; k++) {
    const user = backupAccount(k);
    const at = 1 + (k % 4);
    for (let d = 0; d < p.days; d++) {
      const bytes = p.backupBytes * Math.exp(0.15 * normal(r));
      const h = orgStart + d * dayMs + at * hourMs;
      w.spread(r, h, user, 0.6 * bytes, 20, 'backup');
      w.spread(r, h + hourMs, user, 0.4 * bytes, 12, 'backup');
    }
  }
}

/** Sync accounts: small transfers through the working day, and one big sync at the account's own hour every night. */
export function syncs(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  for (let k = 0; k < p.syncs; k++) {
    const user = syncAccount(k);
    const habit: WorkHabit = { start: 8, len: 10, median: p.medianEventBytes, rate: 1, sigma: p.eventSigma };
    for (let d = 0; d < p.days; d++) {
      for (const h of activeHours(r, habit, d)) workHour(w, r, p, habit, h, user, 'sync');
      w.spread(r, orgStart + d * dayMs + (3 + (k % 3)) * hourMs, user, p.syncBytes * Math.exp(0.2 * normal(r)), 25, 'sync');
    }
  }
}

/** Report jobs: a small extract at 06:00 every day; the weekly report on Mondays, the month's export on its last day at 22:00. */
export function reportJobs(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  const extract = (user: string, d: number, label: BenignExportLabel) => w.spread(r, orgStart + d * dayMs + 6 * hourMs, user, 50e6 * Math.exp(0.3 * normal(r)), 3, label);
  for (let k = 0; k < p.weeklyReports; k++) {
    const user = `svc-report-${k}`;
    for (let d = 0; d < p.days; d++) {
      extract(user, d, 'weekly_report');
      if (d % 7 === 0) w.spread(r, orgStart + d * dayMs + 6 * hourMs, user, p.weeklyReportBytes * Math.exp(0.1 * normal(r)), 10, 'weekly_report');
    }
  }
  for (let k = 0; k < p.monthEndJobs; k++) {
    const user = `svc-monthend-${k}`;
    for (let d = 0; d < p.days; d++) {
      extract(user, d, 'month_end');
      const date = new Date(orgStart + d * dayMs);
      const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate() === date.getUTCDate();
      if (last) w.spread(r, orgStart + d * dayMs + 22 * hourMs, user, p.monthEndBytes * Math.exp(0.1 * normal(r)), 10, 'month_end');
    }
  }
}

/** Sparse users: 3–6 ordinary-sized transfers over the whole period, at office hours. */
export function sparseUsers(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  for (let k = 0; k < p.sparse; k++) {
    const median = p.medianEventBytes * Math.exp(0.7 * normal(r));
    for (let e = r.int(3, 6); e > 0; e--) w.one(orgStart + r.int(0, p.days - 1) * dayMs + r.int(8, 17) * hourMs + r.int(0, 3_599_000), `sparse-${k}`, Math.min(p.maxEventBytes, median * Math.exp(p.eventSigma * normal(r))), 'sparse');
  }
}

/** The backup account k. */
export const backupAccount = (k: number): string => `svc-backup-${k}`;
/** The sync account k. */
export const syncAccount = (k: number): string => `svc-sync-${k}`;

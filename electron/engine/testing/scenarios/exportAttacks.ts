import type { ExportScenarioParams } from './ExportScenarioParams';
import { backupAccount, syncAccount, type WorkHabit } from './exportTraffic';
import { dayMs, hourMs, orgStart, type ExportWriter } from './ExportWriter';
import type { Rng } from './Rng';

/** An ordinary person the attacks can use, with their habit (the attack adds to their own traffic). */
export interface Insider {
  user: string;
  habit: WorkHabit;
}

const hourOf = (ms: number) => Math.floor(ms / hourMs);

/** A weekday in the middle of the period (a week of history on each side), from `r`. */
function midWeekday(r: Rng, p: ExportScenarioParams): number {
  for (;;) {
    const d = r.int(7, p.days - 8);
    if (d % 7 < 5) return d;
  }
}

/** Bulk exfiltration: 1–6 consecutive hours from 09:00–21:00, each moving log-uniform bytes in [bulkMinBytes, bulkMaxBytes]. */
export function bulkExfil(w: ExportWriter, r: Rng, p: ExportScenarioParams, who: Insider[]): void {
  for (const { user } of who) {
    const first = orgStart + midWeekday(r, p) * dayMs + r.int(9, 21) * hourMs;
    const hours: number[] = [];
    let bytes = 0;
    for (let k = r.int(1, 6); k > 0; k--) {
      const h = first + hours.length * hourMs;
      const b = Math.exp(Math.log(p.bulkMinBytes) + r.real() * Math.log(p.bulkMaxBytes / p.bulkMinBytes));
      w.spread(r, h, user, b, r.int(5, 30), 'bulk');
      hours.push(hourOf(h));
      bytes += b;
    }
    w.incidents.push({ cls: 'bulk', user, hours, bytes });
  }
}

/** Slow exfiltration: `slowBytesPerHour` extra in 2–4 of the person's office hours a day, on 3–6 consecutive weekdays. */
export function slowExfil(w: ExportWriter, r: Rng, p: ExportScenarioParams, who: Insider[]): void {
  for (const { user, habit } of who) {
    const hours: number[] = [];
    let d = midWeekday(r, p);
    for (let days = r.int(3, 6); days > 0 && d < p.days; d++) {
      if (d % 7 >= 5) continue;
      const picks = r.shuffle(Array.from({ length: habit.len }, (_, k) => habit.start + k)).slice(0, r.int(2, 4));
      for (const at of picks) {
        const h = orgStart + d * dayMs + at * hourMs;
        w.spread(r, h, user, p.slowBytesPerHour, r.int(2, 6), 'slow');
        hours.push(hourOf(h));
      }
      days -= 1;
    }
    w.incidents.push({ cls: 'slow', user, hours: hours.sort((a, b) => a - b), bytes: hours.length * p.slowBytesPerHour });
  }
}

/** Service-account exfiltration: a backup (then sync) account moves `serviceExfilFactor` × its usual night at 14:00. */
export function serviceExfil(w: ExportWriter, r: Rng, p: ExportScenarioParams): void {
  const accounts = [
    ...Array.from({ length: p.backups }, (_, k) => ({ user: backupAccount(k), night: p.backupBytes })),
    ...Array.from({ length: p.syncs }, (_, k) => ({ user: syncAccount(k), night: p.syncBytes })),
  ].slice(0, p.serviceExfil);
  for (const { user, night } of accounts) {
    const h = orgStart + midWeekday(r, p) * dayMs + 14 * hourMs;
    const bytes = p.serviceExfilFactor * night;
    w.spread(r, h, user, bytes, r.int(10, 40), 'service_exfil');
    w.incidents.push({ cls: 'service_exfil', user, hours: [hourOf(h)], bytes });
  }
}

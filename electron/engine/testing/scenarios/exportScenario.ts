import { bulkExfil, serviceExfil, slowExfil, type Insider } from './exportAttacks';
import { defaultExportScenarioParams, type ExportScenarioParams } from './ExportScenarioParams';
import { backups, reportJobs, sparseUsers, syncs, workDays, workHabit } from './exportTraffic';
import { dayMs, ExportWriter, hourMs, orgStart, type ExportIncident, type ExportLabel } from './ExportWriter';
import { Rng } from './Rng';
import { bigDays, dataScience, quarterEnd } from './occasionalTraffic';

/** A generated organisation's transfer log: the reference CSV text, and the truth per (user, hour) and per incident. */
export interface ExportScenario {
  params: ExportScenarioParams;
  /** `timestamp,user_id,bytes_transferred`, in time order. */
  csv: string;
  rows: number;
  /** Bytes per behaviour label of each `user|hour index`. */
  truth: Map<string, Map<ExportLabel, number>>;
  incidents: ExportIncident[];
}

/** The truth key of a user-hour. */
export const userHourKey = (user: string, h: number): string => `${user}|${h}`;

/**
 * A seeded organisation over `days` with every benign behaviour of the export detectors' look-alikes (ordinary users,
 * backup and sync accounts, weekly and month-end jobs, joiners, travellers, an office-wide release download, role
 * changes, sparse users; when asked, big days, a quarter-end and data-science people) and, unless `attacks: false`, bulk, slow and service-account exfiltrations, each labelled.
 */
export function exportScenario(overrides: Partial<ExportScenarioParams> = {}, o: { attacks?: boolean } = {}): ExportScenario {
  const p = { ...defaultExportScenarioParams, ...overrides };
  const r = new Rng(p.seed);
  const w = new ExportWriter();
  const people = Array.from({ length: p.users }, (_, i) => `u${String(i).padStart(4, '0')}`);
  const travellers = people.slice(0, p.travellers);
  const roleChanges = people.slice(travellers.length, travellers.length + p.roleChanges);
  const rest = people.slice(travellers.length + roleChanges.length);
  const burstDay = 15;
  const burst = new Set(r.shuffle(rest).slice(0, Math.round(p.burstShare * rest.length)));
  const insiders: Insider[] = [];
  for (const user of travellers) {
    const from = r.int(3, p.days - 10);
    workDays(w, r, p, user, workHabit(r, p), { label: (d) => (d >= from && d < from + 7 ? 'traveller' : 'ordinary'), shift: (d) => (d >= from && d < from + 7 ? p.travelShiftHours : 0) });
  }
  for (const user of roleChanges) {
    const change = Math.floor(p.days / 2);
    workDays(w, r, p, user, workHabit(r, p, 10, p.roleChangeSigma), { label: () => 'role_change', factor: (d) => (d >= change ? 2 : 1) });
  }
  for (const user of rest) {
    const habit = workHabit(r, p);
    workDays(w, r, p, user, habit);
    insiders.push({ user, habit });
  }
  for (const user of burst) w.one(orgStart + burstDay * dayMs + 11 * hourMs + r.int(0, 3_000_000), user, p.burstBytes * Math.exp(0.05 * (r.real() - 0.5)), 'burst');
  for (let k = 0; k < p.joiners; k++) {
    const user = `joiner-${k}`;
    const from = r.int(p.days - 10, p.days - 2);
    w.spread(r, orgStart + from * dayMs + 10 * hourMs, user, p.joinerSyncBytes, 8, 'joiner');
    workDays(w, r, p, user, workHabit(r, p), { from, label: () => 'joiner' });
  }
  backups(w, r, p);
  syncs(w, r, p);
  reportJobs(w, r, p);
  sparseUsers(w, r, p);
  let free = insiders;
  if (o.attacks !== false) {
    const chosen = r.shuffle(insiders);
    bulkExfil(w, r, p, chosen.slice(0, p.bulk));
    slowExfil(w, r, p, chosen.slice(p.bulk, p.bulk + p.slow));
    serviceExfil(w, r, p);
    free = chosen.slice(p.bulk + p.slow);
  }
  // The occasional behaviours come last and draw nothing when off, so the sets without them are generated as before.
  if (p.bigDays > 0) bigDays(w, r, p, free.slice(0, p.bigDays));
  if (p.quarterEnd > 0) quarterEnd(w, r, p, free.slice(p.bigDays, p.bigDays + p.quarterEnd));
  if (p.dataScience > 0) dataScience(w, r, p);
  const end = orgStart + p.days * dayMs;
  const rows = w.rows.filter((x) => x.ts >= orgStart && x.ts < end).sort((a, b) => a.ts - b.ts || a.user.localeCompare(b.user));
  const truth = new Map<string, Map<ExportLabel, number>>();
  for (const x of rows) {
    const key = userHourKey(x.user, Math.floor(x.ts / hourMs));
    const labels = truth.get(key) ?? new Map<ExportLabel, number>();
    labels.set(x.label, (labels.get(x.label) ?? 0) + x.bytes);
    truth.set(key, labels);
  }
  const csv = ['timestamp,user_id,bytes_transferred', ...rows.map((x) => `${new Date(x.ts).toISOString()},${x.user},${x.bytes}`)].join('\n') + '\n';
  return { params: p, csv, rows: rows.length, truth, incidents: w.incidents };
}

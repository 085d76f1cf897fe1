import type { Engine } from '../../createEngine';
import { writeInput } from '../withTempCase';
import type { ExportScenarioParams } from './ExportScenarioParams';
import { exportScenario } from './exportScenario';
import { Rng } from './Rng';
import { scoreExportFindings, type ExportScore } from './scoreExportFindings';

/** One run of the export sweep: generator parameters and whether exfiltrations are planted. */
export interface ExportSweepCase {
  name: string;
  params: Partial<ExportScenarioParams> & { seed: number };
  attacks: boolean;
}

/** What one run gave: its size, and the score against the truth. */
export interface ExportSweepResult {
  c: ExportSweepCase;
  rows: number;
  score: ExportScore;
  seconds: number;
}

const logUniform = (r: Rng, lo: number, hi: number) => Math.exp(Math.log(lo) + r.real() * (Math.log(hi) - Math.log(lo)));
const round = (x: number, step: number) => Number((Math.round(x / step) * step).toPrecision(6));
/** Rows a case may hold (a few seconds a case here), so that thirty cases run in minutes. */
const rowBudget = 1_200_000;

/**
 * Random organisations drawn across and beyond the ranges the accuracy test covers (docs/detection-scenarios.md,
 * "Export detectors"): 50–4 000 people (log-uniform) over 14–42 days (a big organisation gets fewer days and a slower
 * pace to stay within the row budget), every benign behaviour at a random strength (the occasional ones, big days, a
 * quarter-end and data-science people, switched on in about half the cases), and exfiltrations of every class.
 */
export function randomExportSweepCases(n: number, firstSeed = 3000): ExportSweepCase[] {
  return Array.from({ length: n }, (_, k) => {
    const seed = firstSeed + k;
    const r = new Rng(seed * 37 + 11);
    const users = Math.round(logUniform(r, 50, 4000));
    let eventsPerHour = round(1.5 + r.real() * 3, 0.5);
    let days = r.int(14, 42);
    const rowsPerDay = users * (5 / 7) * 8 * eventsPerHour;
    if (rowsPerDay * days > rowBudget) days = Math.max(14, Math.floor(rowBudget / rowsPerDay));
    if (rowsPerDay * days > rowBudget) eventsPerHour = Math.max(1, round(rowBudget / (days * users * (5 / 7) * 8), 0.5));
    const backups = r.int(0, 6);
    const syncs = r.int(0, 4);
    const share = (lo: number, hi: number) => Math.round(users * (lo + r.real() * (hi - lo)));
    const params: ExportSweepCase['params'] = {
      seed,
      users,
      days,
      eventsPerHour,
      medianEventBytes: round(logUniform(r, 0.5e6, 4e6), 1e5),
      eventSigma: round(1.3 + r.real() * 0.6, 0.05),
      backups,
      backupBytes: round(logUniform(r, 10e9, 60e9), 1e9),
      syncs,
      syncBytes: round(logUniform(r, 5e9, 30e9), 1e9),
      weeklyReports: r.int(0, 4),
      weeklyReportBytes: round(logUniform(r, 2e9, 15e9), 1e8),
      monthEndJobs: r.int(0, 3),
      monthEndBytes: round(logUniform(r, 3e9, 15e9), 1e8),
      joiners: share(0, 0.05),
      joinerSyncBytes: round(logUniform(r, 1e9, 5e9), 1e8),
      travellers: share(0, 0.05),
      travelShiftHours: r.int(4, 12),
      burstShare: r.pick([0, 0, 0.3, 0.6, 0.8]),
      burstBytes: round(logUniform(r, 1.5e9, 12e9), 1e8),
      roleChanges: r.int(0, 8),
      sparse: share(0.02, 0.08),
      bigDays: r.chance(0.5) ? share(0.005, 0.03) : 0,
      bigDayBytes: round(logUniform(r, 2e9, 8e9), 1e8),
      quarterEnd: r.chance(0.5) ? Math.min(share(0.05, 0.3), 60) : 0,
      quarterEndBytes: round(logUniform(r, 1e9, 5e9), 1e8),
      dataScience: r.chance(0.5) ? r.int(1, 6) : 0,
      dataScienceSigma: round(2 + r.real() * 0.6, 0.05),
      bulk: Math.min(r.int(4, 15), Math.floor(users / 8)),
      bulkMinBytes: round(logUniform(r, 1.1e9, 2e9), 1e8),
      bulkMaxBytes: round(logUniform(r, 4e9, 60e9), 1e9),
      slow: Math.min(r.int(0, 6), Math.floor(users / 10)),
      slowBytesPerHour: round(logUniform(r, 0.3e9, 2e9), 1e8),
      serviceExfil: r.int(0, backups + syncs),
      serviceExfilFactor: round(1.5 + r.real() * 1.5, 0.1),
    };
    return { name: `random ${seed}`, params, attacks: true };
  });
}

/** Each occasional benign behaviour strong in a mid-range organisation with no exfiltration, so a wrong finding names its cause; a 6 000-person one with every attack on one day; and a 4 000-person one whose chance flags fill every office hour. */
export function behaviourExportCases(firstSeed = 4000): ExportSweepCase[] {
  const base = { users: 300, days: 28 };
  return [
    { name: 'big days alone', params: { seed: firstSeed, ...base, bigDays: 30 }, attacks: false },
    { name: 'quarter-end alone', params: { seed: firstSeed + 1, ...base, quarterEnd: 60 }, attacks: false },
    { name: 'data science alone', params: { seed: firstSeed + 2, ...base, dataScience: 10 }, attacks: false },
    { name: '4 000 people moving 10 MB files, 10+ flagged most office hours', params: { seed: firstSeed + 4, users: 4000, days: 21, eventsPerHour: 2, medianEventBytes: 10e6, eventSigma: 1.8, burstShare: 0, joiners: 80, travellers: 80, sparse: 200 }, attacks: true },
    { name: '6 000 people, 14 days, no release', params: { seed: firstSeed + 3, users: 6000, days: 14, eventsPerHour: 2, burstShare: 0, joiners: 120, travellers: 120, sparse: 300 }, attacks: true },
  ];
}

/** Generates, loads, runs the detectors and scores one case in an open, empty case. */
export async function runExportSweepCase(engine: Engine, work: string, c: ExportSweepCase): Promise<ExportSweepResult> {
  const t0 = performance.now();
  const s = exportScenario(c.params, { attacks: c.attacks });
  await engine.service.addSource({ path: writeInput(work, 'transfer.csv', s.csv), kind: 'transfer' });
  await engine.service.runDetectors({});
  const score = await scoreExportFindings(engine, s);
  return { c, rows: s.rows, score, seconds: Math.round((performance.now() - t0) / 1000) };
}

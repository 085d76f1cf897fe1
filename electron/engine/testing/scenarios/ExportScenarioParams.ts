/**
 * Knobs of the organisation transfer-log generator (docs/detection-scenarios.md, "Export detectors"): each benign
 * behaviour and each exfiltration class is a parameter, so the export detectors are judged over several shapes.
 */
export interface ExportScenarioParams {
  seed: number;
  /** Days of traffic (28 in tests: the baseline window is ±7 days). */
  days: number;
  /** Ordinary users (office hours on weekdays). */
  users: number;
  /** Mean transfer events per active hour of an ordinary user. */
  eventsPerHour: number;
  /** Median bytes of one event of a typical user (each user's own median varies log-normally around it). */
  medianEventBytes: number;
  /** Log-normal sigma of one event's bytes (the heavy tail: 1.4–1.8). */
  eventSigma: number;
  /** Largest single transfer of a person's ordinary work (a big file, not a bulk pull: 4 GB). */
  maxEventBytes: number;
  /** Nightly backup service accounts, each at its own hour every night. */
  backups: number;
  /** Median bytes of one backup night (tens of GB). */
  backupBytes: number;
  /** Sync service accounts: small hourly activity by day and a big sync at their own hour every night. */
  syncs: number;
  /** Median bytes of one nightly sync. */
  syncBytes: number;
  /** Weekly report accounts: a small extract at 06:00 every day, the weekly report on Mondays. */
  weeklyReports: number;
  /** Bytes of a weekly report. */
  weeklyReportBytes: number;
  /** Month-end job accounts: a small daily extract, and the month's export on its last day. */
  monthEndJobs: number;
  /** Bytes of a month-end export. */
  monthEndBytes: number;
  /** New joiners, starting within the last ten days, with an onboarding sync on their first day. */
  joiners: number;
  /** Bytes of a joiner's onboarding sync. */
  joinerSyncBytes: number;
  /** Ordinary users who travel for a week, their activity shifted by `travelShiftHours`. */
  travellers: number;
  travelShiftHours: number;
  /** Share of ordinary users who download the same release in the same hour (0: no burst). */
  burstShare: number;
  /** Bytes of the release each of them downloads. */
  burstBytes: number;
  /** Heavy users (ten times the typical event size, near the floor an hour) whose volume doubles for good halfway through (role change). */
  roleChanges: number;
  /** Log-normal sigma of their event sizes (1: many files of like size; at the ordinary tail their hours reach 10–30 GB, a bulk pull by any volume rule). */
  roleChangeSigma: number;
  /** Sparse users: a few events a month. */
  sparse: number;
  /** Ordinary people with one legitimate large day (a video upload, a data set download): `bigDayBytes` over 1–3 consecutive office hours once. */
  bigDays: number;
  /** Bytes of a big day, drawn log-uniformly in [bigDayBytes / 3, bigDayBytes]. */
  bigDayBytes: number;
  /** Ordinary people in a team-wide quarter-end: each moves a share of `quarterEndBytes` in one of their office hours over the last two weekdays (not the same hour: no crowd). */
  quarterEnd: number;
  /** Bytes one person of the quarter-end team moves, drawn log-uniformly in [quarterEndBytes / 4, quarterEndBytes]. */
  quarterEndBytes: number;
  /** Data-science people: every working day heavy-tailed (`dataScienceSigma`, ten times the typical event size, no per-event cap). */
  dataScience: number;
  /** Log-normal sigma of a data-science person's event sizes (2–2.6: an hour of 2–20 GB now and then). */
  dataScienceSigma: number;
  /** Bulk exfiltrations by ordinary users, 1–6 hours each. */
  bulk: number;
  /** Bytes per hour of a bulk exfiltration, drawn log-uniformly in [min, max]. */
  bulkMinBytes: number;
  bulkMaxBytes: number;
  /** Slow exfiltrations: extra bytes in 2–4 hours a day over 3–6 days. */
  slow: number;
  /** Extra bytes per hour of a slow exfiltration. */
  slowBytesPerHour: number;
  /** Service-account exfiltrations at an office hour, outside the account's nightly hour. */
  serviceExfil: number;
  /** A service exfiltration's bytes as a multiple of the account's usual night. */
  serviceExfilFactor: number;
}

/** Mid-range defaults; tests vary seed and the ranges above. */
export const defaultExportScenarioParams: ExportScenarioParams = {
  seed: 1,
  days: 28,
  users: 300,
  eventsPerHour: 4,
  medianEventBytes: 2e6,
  eventSigma: 1.6,
  maxEventBytes: 4e9,
  backups: 4,
  backupBytes: 30e9,
  syncs: 3,
  syncBytes: 15e9,
  weeklyReports: 3,
  weeklyReportBytes: 5e9,
  monthEndJobs: 2,
  monthEndBytes: 8e9,
  joiners: 10,
  joinerSyncBytes: 2e9,
  travellers: 10,
  travelShiftHours: 8,
  burstShare: 0.8,
  burstBytes: 3e9,
  roleChanges: 6,
  roleChangeSigma: 1,
  sparse: 20,
  bigDays: 0,
  bigDayBytes: 4e9,
  quarterEnd: 0,
  quarterEndBytes: 3e9,
  dataScience: 0,
  dataScienceSigma: 2.3,
  bulk: 12,
  bulkMinBytes: 1.5e9,
  bulkMaxBytes: 60e9,
  slow: 6,
  slowBytesPerHour: 400e6,
  serviceExfil: 3,
  serviceExfilFactor: 2,
};

import { seededRandom } from '../../demo/seededRandom';
import type { TransferFixture } from './insertTransfers';

const hour = 3_600_000;
const day = 24 * hour;
const GB = 1e9;
const MB = 1e6;
/** Midnight UTC of the first day of the export scenario (2024-04-01, 14 days). */
export const exportStart = Date.UTC(2024, 3, 1);

/** Ground truth of the export scenario. */
export const exportTruth = {
  vendor: 'vendor-acme',
  vendorPullHour: '2024-04-10T03:00:00Z',
  vendorPullBytes: 40 * GB,
  backup: 'svc-backup',
  analyst: 'data-analyst',
  driveUser: 'drive-user',
  driveBurstHour: '2024-04-09T15:00:00Z',
};

/** Fourteen days of transfers: office users, a nightly 20 GB backup with daytime checks, a daily 2 GB analyst, and a vendor that pulls 40 GB one night. */
export function exportScenario(): TransferFixture[] {
  const rand = seededRandom(404);
  const rows: TransferFixture[] = [];
  for (let d = 0; d < 14; d++) {
    const base = exportStart + d * day;
    rows.push({ ts: base + 2 * hour + 600_000, user: exportTruth.backup, bytes: Math.round(20 * GB * (0.95 + rand() * 0.1)) });
    for (let h = 8; h < 19; h++) rows.push({ ts: base + h * hour + 60_000, user: exportTruth.backup, bytes: Math.round(10 * MB * (0.8 + rand() * 0.4)) });
    rows.push({ ts: base + 14 * hour + 1_200_000, user: exportTruth.analyst, bytes: Math.round(2 * GB * (0.9 + rand() * 0.2)) });
    if (d % 7 < 5) {
      for (let h = 9; h < 17; h++) rows.push({ ts: base + h * hour + Math.floor(rand() * hour), user: exportTruth.vendor, bytes: Math.round((50 + rand() * 150) * MB) });
    }
    for (let u = 0; u < 30; u++) {
      for (let k = 0; k < 3; k++) {
        rows.push({ ts: base + (8 + Math.floor(rand() * 10)) * hour + Math.floor(rand() * hour), user: `user${u}`, bytes: Math.round((5 + rand() * 45) * MB) });
      }
    }
  }
  const pull = exportStart + 9 * day + 3 * hour;
  for (let k = 0; k < 4; k++) rows.push({ ts: pull + k * 600_000, user: exportTruth.vendor, bytes: exportTruth.vendorPullBytes / 4 });
  return rows;
}

/** A SaaS audit log without byte counts: a user downloading ~5 files an hour, then 900 in one afternoon hour. */
export function driveScenario(): TransferFixture[] {
  const rand = seededRandom(405);
  const rows: TransferFixture[] = [];
  for (let d = 0; d < 10; d++) {
    for (let h = 9; h < 18; h++) {
      const n = 2 + Math.floor(rand() * 6);
      for (let k = 0; k < n; k++) rows.push({ ts: exportStart + d * day + h * hour + Math.floor(rand() * hour), user: exportTruth.driveUser, bytes: null });
    }
  }
  const burst = exportStart + 8 * day + 15 * hour;
  for (let k = 0; k < 900; k++) rows.push({ ts: burst + k * 3000, user: exportTruth.driveUser, bytes: null });
  return rows;
}

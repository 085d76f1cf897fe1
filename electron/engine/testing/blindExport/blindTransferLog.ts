import { seededRandom } from '../../demo/seededRandom';
import { isExfil, userHourKey, type BlindExportTruth, type BlindTransfer, type UserHourTruth } from './BlindExportTruth';
import { hourOf, isWeekend } from './blindExportClock';
import { blindDraw } from './blindDraw';
import { blindStaff } from './blindStaff';
import { eventTransfers } from './eventTransfers';
import { everydayTransfers } from './everydayTransfers';
import { exfilTransfers } from './exfilTransfers';
import { serviceTransfers } from './serviceTransfers';

/** What a blind transfer log is drawn from. */
export interface BlindExportParams {
  seed: number;
  people: number;
  days: number;
}

/** A generated transfer log: its rows in time order (labels kept apart from what is written) and its truth. */
export interface BlindTransferLog {
  params: BlindExportParams;
  rows: BlindTransfer[];
  truth: BlindExportTruth;
  /** Rows written with 0 bytes and with an empty byte field. */
  zeroRows: number;
  missingRows: number;
}

/**
 * Draws an organisation's transfer log: people, service accounts, one-off events and exfiltration; then 1 % of the
 * honest rows written as zero-byte and one in 20 000 (at least three) with the byte field left empty, as real logs hold.
 */
export function blindTransferLog(params: BlindExportParams): BlindTransferLog {
  const d = blindDraw(seededRandom(params.seed * 104_729 + params.people * 31 + params.days));
  const rows: BlindTransfer[] = [];
  const staff = blindStaff(d, params.people);
  const jobs = serviceTransfers(d, params.people, params.days, rows);
  eventTransfers(d, staff, params.days, rows);
  const incidents = exfilTransfers(d, staff, jobs, params.days, rows);
  const shootDays = new Set(Array.from({ length: params.days }, (_, k) => k).filter((k) => !isWeekend(k) && d.u() < 0.3));
  for (const p of staff) everydayTransfers(d, p, params.days, shootDays, rows);
  rows.sort((a, b) => a.ts - b.ts);
  let zeroRows = 0;
  let missingRows = 0;
  const missingEvery = Math.min(20_000, Math.floor(rows.length / 3));
  rows.forEach((r, i) => {
    if (isExfil(r.label)) return;
    if (i % missingEvery === missingEvery - 1) {
      r.bytes = null;
      missingRows += 1;
    } else if (d.u() < 0.01) {
      r.bytes = 0;
      zeroRows += 1;
    }
  });
  const userHours = new Map<string, UserHourTruth>();
  for (const r of rows) {
    const key = userHourKey(r.user, hourOf(r.ts));
    let t = userHours.get(key);
    if (!t) userHours.set(key, (t = { honest: {}, exfil: new Set() }));
    if (isExfil(r.label)) t.exfil.add(r.label);
    else t.honest[r.label] = (t.honest[r.label] ?? 0) + (r.bytes ?? 0);
  }
  return { params, rows, truth: { userHours, incidents }, zeroRows, missingRows };
}

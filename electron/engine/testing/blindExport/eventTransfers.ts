import type { BlindTransfer } from './BlindExportTruth';
import { isWeekend, localAt } from './blindExportClock';
import type { BlindDraw } from './blindDraw';
import { spread } from './everydayTransfers';
import type { BlindPerson } from './blindStaff';

const gb = 1e9;

function workdayFrom(day: number): number {
  let d = day;
  while (isWeekend(d)) d += 1;
  return d;
}

/**
 * One-off honest events: 3 % of people away for two weeks who sync their mailbox (1–5 GB) the morning they return;
 * 1.5 % whose laptop is re-imaged and OneDrive re-synced (10–30 GB over 2–3 hours, once); an all-hands recording
 * three quarters of the people stream (0.8–1.6 GB) the morning after it. Leave is marked on the people before their
 * everyday traffic is drawn.
 */
export function eventTransfers(d: BlindDraw, staff: BlindPerson[], days: number, out: BlindTransfer[]): void {
  for (const p of staff) {
    if (days >= 21 && d.u() < 0.03) {
      const from = d.int(0, days - 16);
      for (let k = 0; k < 14; k += 1) p.away.add(from + k);
      const back = workdayFrom(from + 14);
      if (back < days) spread(d, out, p.user, back, p.start + d.u(), d.between(1, 2), d.between(1, 5) * gb, d.int(30, 120), 'leave_return_sync');
    }
    if (d.u() < 0.015) {
      const day = workdayFrom(d.int(0, days - 3));
      spread(d, out, p.user, day, p.start + d.u() * 3, d.between(2, 3), d.between(10, 30) * gb, d.int(200, 600), 'reimage_resync');
    }
  }
  const morning = workdayFrom(Math.min(days - 3, 9));
  for (const p of staff)
    if (!p.away.has(morning) && d.u() < 0.75)
      out.push({ ts: localAt(morning, d.between(8.5, 12)), user: p.user, bytes: Math.round(d.between(0.8, 1.6) * gb), label: 'allhands_stream' });
}

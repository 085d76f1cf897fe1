import type { BlindTransfer, ExportHonest } from './BlindExportTruth';
import { isWeekend, lastWorkdayOfMonth, localAt } from './blindExportClock';
import type { BlindDraw } from './blindDraw';
import type { BlindPerson } from './blindStaff';

const gb = 1e9;

/** Splits `total` bytes into `n` transfers spread over `hours` local hours from `from` on a day, each labelled. */
export function spread(
  d: BlindDraw,
  out: BlindTransfer[],
  user: string,
  day: number,
  from: number,
  hours: number,
  total: number,
  n: number,
  label: BlindTransfer['label'],
): void {
  const weights = Array.from({ length: n }, () => d.between(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  for (const w of weights) out.push({ ts: localAt(day, from + d.u() * hours), user, bytes: Math.round((total * w) / sum), label });
}

function working(p: BlindPerson, day: number): boolean {
  return !p.away.has(day) && (p.lastDay === null || day <= p.lastDay);
}

/**
 * A person's own traffic over the log: on working days a Poisson count of transfers of their own log-normal size in
 * their hours; a weekend day now and then; and what their role adds (container pulls and VM images for developers,
 * raw footage on shoot days for the video team, month- and quarter-end exports for finance).
 */
export function everydayTransfers(d: BlindDraw, p: BlindPerson, days: number, shootDays: Set<number>, out: BlindTransfer[]): void {
  for (let day = 0; day < days; day += 1) {
    if (!working(p, day)) continue;
    const weekend = isWeekend(day);
    if (weekend && d.u() > 0.08) continue;
    const n = weekend ? d.int(1, 3) : d.poisson(p.perDay);
    for (let k = 0; k < n; k += 1)
      out.push({ ts: localAt(day, p.start + d.u() * p.length), user: p.user, bytes: Math.round(d.logNormal(p.median, p.sigma)), label: 'everyday' });
    if (weekend) continue;
    role(d, p, day, shootDays, out);
  }
}

function role(d: BlindDraw, p: BlindPerson, day: number, shootDays: Set<number>, out: BlindTransfer[]): void {
  const at = () => p.start + d.u() * (p.length - 1);
  const push = (bytes: number, label: ExportHonest) => out.push({ ts: localAt(day, at()), user: p.user, bytes: Math.round(bytes), label });
  if (p.role === 'developer') {
    for (let k = d.poisson(1.5); k > 0; k -= 1) push(d.logNormal(0.6 * gb, 0.6), 'dev_containers');
    if (d.u() < 3.5 / 21) spread(d, out, p.user, day, at(), 1, d.between(5, 15) * gb, d.int(1, 3), 'dev_vm_image');
  }
  if (p.role === 'video' && shootDays.has(day)) {
    const hours = d.between(2, 6);
    spread(d, out, p.user, day, Math.min(p.start + 1, 24 - hours), hours, d.between(20, 80) * gb, d.int(20, 80), 'video_footage');
  }
  if (p.role === 'finance' && lastWorkdayOfMonth(day)) {
    const quarter = [2, 5, 8, 11].includes(new Date(localAt(day, 12)).getUTCMonth());
    spread(
      d,
      out,
      p.user,
      day,
      d.between(14, 16),
      d.between(1, 2),
      (quarter ? d.between(10, 25) : d.between(2, 8)) * gb,
      d.int(3, 12),
      quarter ? 'finance_quarter_end' : 'finance_month_end',
    );
  }
}

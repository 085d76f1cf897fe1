import { type BlindTransfer, type ExfilIncident, type ExportExfil } from './BlindExportTruth';
import { hourOf, isWeekend, localAt } from './blindExportClock';
import type { BlindDraw } from './blindDraw';
import type { EtlJob } from './serviceTransfers';
import type { BlindPerson } from './blindStaff';

const gb = 1e9;
const mb = 1e6;

function workdays(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k).filter((x) => !isWeekend(x));
}

/**
 * Exfiltration, drawn apart from the honest traffic: per class 1 + people / 1 000 incidents on distinct people (or job
 * accounts): a leaver's 5–40 GB over their last two office days; a staged pull of 2, 6 then 18 GB on three consecutive
 * days; 0.5–1.5 GB a night for two weeks; an ETL account pulling at its usual hour so it moves three times its usual;
 * thousands of 3–12 MB requests in one office hour; a day worker's 3–12 GB at 03:00.
 */
export function exfilTransfers(d: BlindDraw, staff: BlindPerson[], jobs: EtlJob[], days: number, out: BlindTransfer[]): ExfilIncident[] {
  const count = 1 + Math.floor(staff.length / 1000);
  const pool = staff.filter((p) => p.away.size === 0);
  const taken = new Set<string>();
  const draw = () => {
    for (;;) {
      const p = d.pick(pool);
      if (!taken.has(p.user)) {
        taken.add(p.user);
        return p;
      }
    }
  };
  const incidents: ExfilIncident[] = [];
  const emit = (cls: ExportExfil, user: string, rows: BlindTransfer[]) => {
    out.push(...rows);
    incidents.push({ cls, user, hours: new Set(rows.map((r) => hourOf(r.ts))), bytes: rows.reduce((s, r) => s + (r.bytes ?? 0), 0) });
  };
  const chunks = (cls: ExportExfil, user: string, day: number, from: number, hours: number, total: number, n: number): BlindTransfer[] =>
    Array.from({ length: n }, () => ({ ts: localAt(day, from + d.u() * hours), user, bytes: Math.round(total / n), label: cls }));
  for (let i = 0; i < count; i += 1) {
    const leaver = draw();
    const last = d.pick(workdays(7, days - 1));
    const before = workdays(last - 4, last - 1).at(-1) ?? last - 1;
    leaver.lastDay = last;
    const total = d.between(5, 40) * gb;
    const share = d.between(0.3, 0.7);
    emit('leaver', leaver.user, [
      ...chunks('leaver', leaver.user, before, leaver.start + d.between(1, 4), d.between(2, 4), total * share, d.int(20, 80)),
      ...chunks('leaver', leaver.user, last, leaver.start + d.between(0.5, 3), d.between(2, 4), total * (1 - share), d.int(20, 80)),
    ]);
    const staged = draw();
    const first = d.int(3, days - 3);
    const rows: BlindTransfer[] = [];
    [2, 6, 18].forEach((g, k) =>
      rows.push(...chunks('staged', staged.user, first + k, staged.start + d.between(1, staged.length - 2), d.between(1, 2), g * gb, d.int(5, 30))),
    );
    emit('staged', staged.user, rows);
    const slow = draw();
    const start = d.int(0, Math.max(0, days - 15));
    const nights: BlindTransfer[] = [];
    for (let k = 0; k < Math.min(14, days - start - 1); k += 1)
      nights.push(...chunks('slow_low', slow.user, start + k + 1, d.between(1, 3.5), 0.4, d.between(0.5, 1.5) * gb, d.int(2, 8)));
    emit('slow_low', slow.user, nights);
    const job = jobs[i % (jobs.length - 1)] as EtlJob;
    emit('service_compromise', job.user, chunks('service_compromise', job.user, d.int(7, days - 1), job.hour + 0.1, 0.8, 2 * job.usual, d.int(4, 10)));
    const small = draw();
    const requests = d.int(1500, 4000);
    const day = d.pick(workdays(1, days - 1));
    const hour = Math.floor(small.start + d.between(1, small.length - 1));
    emit(
      'many_small',
      small.user,
      Array.from({ length: requests }, () => ({
        ts: localAt(day, hour + d.u()),
        user: small.user,
        bytes: Math.round(d.between(3, 12) * mb),
        label: 'many_small' as const,
      })),
    );
    const night = draw();
    emit('night_0300', night.user, chunks('night_0300', night.user, d.int(1, days - 1), 3, 0.9, d.between(3, 12) * gb, d.int(10, 40)));
  }
  return incidents;
}

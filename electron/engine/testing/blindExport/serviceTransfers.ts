import type { BlindTransfer } from './BlindExportTruth';
import { isWeekend, localAt } from './blindExportClock';
import type { BlindDraw } from './blindDraw';
import { spread } from './everydayTransfers';

const gb = 1e9;
const mb = 1e6;

/** A nightly job account: its name, the local hour it starts and the volume of a usual night. */
export interface EtlJob {
  user: string;
  hour: number;
  usual: number;
}

/**
 * Service accounts' traffic: a nightly backup at 01:30 Paris time (one hour later in UTC once DST ends) growing 1 % a
 * day; a backup account running a Sunday full and nightly incrementals; CI runners busy around the clock; nightly ETL
 * jobs; shared kiosk accounts used by many people through office hours. Returns the ETL jobs (an attacker's targets).
 */
export function serviceTransfers(d: BlindDraw, people: number, days: number, out: BlindTransfer[]): EtlJob[] {
  const nightly = d.between(20, 60) * gb;
  const full = d.between(150, 400) * gb;
  const incremental = full * d.between(0.03, 0.06);
  for (let day = 0; day < days; day += 1) {
    spread(d, out, 'svc-backup-nightly', day, 1.5, d.between(0.8, 1.4), nightly * 1.01 ** day, d.int(15, 30), 'backup_nightly');
    if (day % 7 === 6) spread(d, out, 'svc-veeam', day, 2, 5, full * d.between(0.97, 1.03), 60, 'backup_full');
    else spread(d, out, 'svc-veeam', day, 2, 1, incremental * d.between(0.6, 1.5), d.int(5, 15), 'backup_incremental');
  }
  const runners = 2 + Math.floor(people / 800);
  for (let r = 0; r < runners; r += 1) {
    const user = `svc-ci-runner-${r + 1}`;
    for (let h = 0; h < days * 24; h += 1) {
      const day = Math.floor(h / 24);
      const busy = !isWeekend(day) && h % 24 >= 8 && h % 24 < 20;
      for (let k = d.poisson(busy ? 18 : 6); k > 0; k -= 1)
        out.push({ ts: localAt(day, (h % 24) + d.u()), user, bytes: Math.round(d.logNormal(400 * mb, 0.6)), label: 'ci_runner' });
    }
  }
  const jobs: EtlJob[] = Array.from({ length: 2 + Math.floor(people / 1000) }, (_, j) => ({
    user: `svc-etl-${j + 1}`,
    hour: d.int(20, 23),
    usual: d.between(3, 8) * gb,
  }));
  for (const job of jobs)
    for (let day = 0; day < days; day += 1) spread(d, out, job.user, day, job.hour + 0.05, 0.8, job.usual * d.logNormal(1, 0.15), d.int(4, 10), 'etl_job');
  const kiosks = Math.max(1, Math.floor(people / 400));
  for (let k = 0; k < kiosks; k += 1) {
    for (let day = 0; day < days; day += 1) {
      if (isWeekend(day)) continue;
      for (let h = 8; h < 19; h += 1)
        for (let s = d.poisson(6); s > 0; s -= 1)
          out.push({ ts: localAt(day, h + d.u()), user: `kiosk-shared-${k + 1}`, bytes: Math.round(d.logNormal(30 * mb, 1)), label: 'shared_kiosk' });
    }
  }
  return jobs;
}

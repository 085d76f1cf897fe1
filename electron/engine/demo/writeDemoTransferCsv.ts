import fs from 'node:fs';
import { seededRandom } from './seededRandom';

/** Planted facts of the demo transfer log, so tests and the README can say what a correct answer is. */
export const demoTransferFacts = {
  days: 7,
  start: Date.UTC(2024, 2, 1),
  users: 30,
  backupUser: 'svc-backup',
  vendorUser: 'vendor-acme',
  vendorExfilHour: '2024-03-06T02:00:00Z',
  vendorExfilBytes: 40e9,
} as const;

/**
 * Writes a synthetic `timestamp,user_id,bytes_transferred` log: office-hours staff traffic, a nightly
 * 20 GB backup, and one night on which a vendor account pulls 40 GB. No real person appears in it.
 */
export function writeDemoTransferCsv(file: string, seed = 7): number {
  const rnd = seededRandom(seed);
  const f = demoTransferFacts;
  const lines = ['timestamp,user_id,bytes_transferred'];
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  for (let day = 0; day < f.days; day++) {
    const dayStart = f.start + day * 86_400_000;
    for (let u = 0; u < f.users; u++) {
      const user = `user${String(u + 1).padStart(3, '0')}`;
      const events = 20 + Math.floor(rnd() * 40);
      for (let e = 0; e < events; e++) {
        const ms = dayStart + (8 + rnd() * 10) * 3_600_000;
        lines.push(`${iso(Math.floor(ms / 1000) * 1000)},${user},${Math.floor(Math.exp(10 + rnd() * 4))}`);
      }
    }
    for (let part = 0; part < 20; part++) {
      lines.push(`${iso(dayStart + 2 * 3_600_000 + part * 60_000)},${f.backupUser},${1_000_000_000 + Math.floor(rnd() * 1e6)}`);
    }
    const vendorEvents = 3 + Math.floor(rnd() * 4);
    for (let e = 0; e < vendorEvents; e++) {
      lines.push(`${iso(Math.floor(dayStart / 1000 + (9 + rnd() * 8) * 3600) * 1000)},${f.vendorUser},${Math.floor(rnd() * 5e6)}`);
    }
  }
  const exfil = Date.parse(f.vendorExfilHour);
  for (let part = 0; part < 40; part++) lines.push(`${iso(exfil + part * 60_000)},${f.vendorUser},${f.vendorExfilBytes / 40}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return lines.length - 1;
}

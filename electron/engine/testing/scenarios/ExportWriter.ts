import type { Rng } from './Rng';

/** The benign behaviours of the organisation generator, one label per generated transfer. */
export const benignExportLabels = ['ordinary', 'backup', 'sync', 'weekly_report', 'month_end', 'joiner', 'traveller', 'burst', 'role_change', 'sparse', 'big_day', 'quarter_end', 'data_science'] as const;
/** The exfiltration classes the generator plants. */
export const maliciousExportLabels = ['bulk', 'slow', 'service_exfil'] as const;
export type BenignExportLabel = (typeof benignExportLabels)[number];
export type MaliciousExportLabel = (typeof maliciousExportLabels)[number];
export type ExportLabel = BenignExportLabel | MaliciousExportLabel;

/** One planted exfiltration: its user and the hours (indices since the epoch) it moved data in. */
export interface ExportIncident {
  cls: MaliciousExportLabel;
  user: string;
  hours: number[];
  bytes: number;
}

/** One generated transfer, with the behaviour that produced it (the truth; never written to the CSV). */
export interface LabelledTransfer {
  ts: number;
  user: string;
  bytes: number;
  label: ExportLabel;
}

export const hourMs = 3_600_000;
export const dayMs = 86_400_000;
/** Midnight UTC of the organisation's first day (a Monday). */
export const orgStart = Date.UTC(2024, 2, 11);

/** A standard normal draw (Box–Muller) from the seeded source. */
export function normal(r: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - r.real())) * Math.cos(2 * Math.PI * r.real());
}

/** A Poisson draw (Knuth) for the small means the generator uses. */
export function poisson(r: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let prod = r.real(); prod > limit; prod *= r.real()) k += 1;
  return k;
}

/** Collects labelled transfers and the planted incidents. */
export class ExportWriter {
  readonly rows: LabelledTransfer[] = [];
  readonly incidents: ExportIncident[] = [];

  /** `bytes` moved by `user` in `events` transfers spread over the hour starting at `hourStart` (whole bytes). */
  spread(r: Rng, hourStart: number, user: string, bytes: number, events: number, label: ExportLabel): void {
    const n = Math.max(1, events);
    const weights = Array.from({ length: n }, () => 0.5 + r.real());
    const sum = weights.reduce((a, b) => a + b, 0);
    for (const w of weights) this.rows.push({ ts: hourStart + r.int(0, 3_599_000), user, bytes: Math.max(1, Math.round((bytes * w) / sum)), label });
  }

  /** One transfer at `ts`. */
  one(ts: number, user: string, bytes: number, label: ExportLabel): void {
    this.rows.push({ ts, user, bytes: Math.max(1, Math.round(bytes)), label });
  }
}

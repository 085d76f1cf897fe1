import type { BlindDraw } from './blindDraw';

/** What a person's job makes them move besides their own everyday files. */
export type StaffRole = 'office' | 'developer' | 'video' | 'finance';

/** One person of the organisation and the habits their everyday traffic is drawn from. */
export interface BlindPerson {
  user: string;
  role: StaffRole;
  /** Median bytes of one transfer: the person's own scale (four orders of magnitude across the organisation). */
  median: number;
  sigma: number;
  /** Mean transfers on a working day. */
  perDay: number;
  /** Local hour the working day starts, and its length. */
  start: number;
  length: number;
  /** Days with no traffic at all (leave), and the last day in the office (a leaver), or null. */
  away: Set<number>;
  lastDay: number | null;
}

const mb = 1e6;

/**
 * Draws an organisation's people: the log10 of their median transfer centred on 3 MB (spread 0.7, clipped to
 * 100 kB–1 GB), 10 % developers, a video team and a finance team of at least two, hours from 07:00 to 10:00 on.
 */
export function blindStaff(d: BlindDraw, people: number): BlindPerson[] {
  const video = Math.max(2, Math.round(people * 0.006));
  const finance = Math.max(2, Math.round(people * 0.015));
  return Array.from({ length: people }, (_, i) => {
    const role: StaffRole = i < video ? 'video' : i < video + finance ? 'finance' : d.u() < 0.1 ? 'developer' : 'office';
    const log10 = Math.min(9, Math.max(5, 6.5 + 0.7 * Math.sqrt(-2 * Math.log(1 - d.u())) * Math.cos(2 * Math.PI * d.u())));
    return {
      user: `p${String(i).padStart(5, '0')}@corp.example.com`,
      role,
      median: Math.max(0.1 * mb, 10 ** log10),
      sigma: d.between(0.7, 1.5),
      perDay: d.between(2, 12),
      start: d.between(7, 10),
      length: d.between(7, 10),
      away: new Set<number>(),
      lastDay: null,
    };
  });
}

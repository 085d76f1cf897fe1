import { seededRandom } from '../../demo/seededRandom';
import type { SigninFixture } from './insertSignins';
import { rollupScenario, rollupStart } from './rollupScenario';

const day = 86_400_000;

/** A generated log: `events` sign-ins over `days` days from rollupStart, drawn among `ips` sources and `users` accounts. */
function generated(seed: number, o: { ips: number; users: number; events: number; days: number; failShare: number; nullShare: number; unknownShare?: number; wholeMinutes?: boolean }): SigninFixture[] {
  const rnd = seededRandom(seed);
  const rows: SigninFixture[] = [];
  for (let i = 0; i < o.events; i++) {
    const t = Math.floor(rnd() * o.days * day);
    const ip = Math.floor(rnd() ** 2 * o.ips);
    const user = Math.floor(rnd() * o.users);
    rows.push({
      ts: rollupStart + (o.wholeMinutes ? t - (t % 60_000) : t),
      ip: rnd() < o.nullShare ? null : `198.51.${ip >> 8}.${ip & 255}`,
      user: rnd() < o.nullShare ? null : `u${user}@corp.example`,
      success: o.unknownShare !== undefined && rnd() < o.unknownShare ? null : rnd() >= o.failShare,
    });
  }
  return rows;
}

/**
 * Sign-in logs of different shapes for the "fast path equals plain SQL" tests of the sign-in views: many tied counts,
 * NULL sources and accounts, shared timestamps, a few heavy sources or thousands of light ones (where the heavy days
 * cannot decide a ranking), one day or several, and a Windows-like log where a third of the events have no known outcome.
 */
export const signinShapes: Array<{ name: string; rows: () => SigninFixture[] }> = [
  { name: 'three busy days with attackers', rows: rollupScenario },
  { name: 'few heavy sources, many tied accounts', rows: () => generated(11, { ips: 5, users: 300, events: 3000, days: 4, failShare: 0.8, nullShare: 0.02 }) },
  { name: 'thousands of light sources, many NULL', rows: () => generated(12, { ips: 1500, users: 40, events: 2500, days: 3, failShare: 0.3, nullShare: 0.3 }) },
  { name: 'one day on whole minutes', rows: () => generated(13, { ips: 30, users: 30, events: 1500, days: 1, failShare: 0.5, nullShare: 0.05, wholeMinutes: true }) },
  { name: 'a third of outcomes unknown', rows: () => generated(14, { ips: 40, users: 60, events: 2000, days: 3, failShare: 0.4, nullShare: 0.05, unknownShare: 0.35 }) },
];

/** An ISO time `ms` after rollupStart. */
export const at = (ms: number): string => new Date(rollupStart + ms).toISOString();

const hour = 3_600_000;

/** Ranges over the shapes: the whole case, bounds around it, open ends, whole days, cuts mid-day and mid-minute, within one minute, empty, inverted and past the data. */
export const shapeRanges: Array<{ from?: string; to?: string }> = [
  {},
  { from: at(-hour), to: at(5 * day) },
  { from: at(day) },
  { to: at(2 * day) },
  { from: at(0), to: at(2 * day) },
  { from: at(day), to: at(3 * day) },
  { from: at(9 * hour), to: at(12 * hour) },
  { from: at(5 * hour + 17), to: at(2 * day + 7 * hour + 3) },
  { from: at(day - 1), to: at(day + 1) },
  { from: at(20 * hour + 17_321), to: at(41 * hour + 59_999) },
  { from: at(10 * hour + 1500), to: at(10 * hour + 61_234) },
  { from: at(day + 3 * hour) },
  { to: at(2 * day + 11 * hour) },
  { from: at(6 * hour), to: at(6 * hour) },
  { from: at(7 * hour), to: at(6 * hour) },
  { from: at(30 * day) },
];

import { Rng } from '../scenarios/Rng';
import { desktopAgents } from './blindAgents';
import { BlindLog, type BlindRow } from './BlindLog';
import { drawPerson, type BlindPerson } from './blindPerson';
import { emptyBlindTruth, type BlindTruth } from './BlindTruth';
import { pacedBruteForce, sameCarrierTakeover, slowSpray, stuffingHosting24, stuffingOneUa, stuffingV6, type AttackContext } from './blindAttackTraffic';
import { everydayTraffic, officeEgress, siteB, type Habits } from './everydayTraffic';
import { helpdeskResets, mailMigration, monitorAccount, termStart, uptimeMonitor } from './honestEvents';
import { inSlash16, privacyAddress } from './blindAddresses';

/** Size and seed of a blind tenant; `localTime` writes the log in Paris local time (across the DST change) instead of UTC. */
export interface BlindParams {
  seed: number;
  accounts: number;
  days: number;
  localTime: boolean;
}

/** A generated tenant: its sign-ins in time order, the leaked names, and the truth. */
export interface BlindTenant {
  params: BlindParams;
  rows: BlindRow[];
  leaked: string[];
  truth: BlindTruth;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/** Families and flat-shares: groups of three to five people with a fixed IPv4 home share one address. */
function flats(r: Rng, people: BlindPerson[]): Habits['flats'] {
  const out: Habits['flats'] = new Map();
  const pool = r.shuffle(people.filter((p) => p.role !== 'field' && 'v4' in p.home)).slice(0, Math.floor(people.length * 0.08));
  while (pool.length >= 3) {
    const group = pool.splice(0, r.int(3, Math.min(5, pool.length)));
    const ip = inSlash16(r, '92.184');
    for (const p of group) out.set(p.user, { ip, mates: group.map((g) => g.user) });
  }
  return out;
}

/** Trips abroad of 3–6 days for 4 % of the day workers: roaming in the US, Japan or Spain. */
function trips(r: Rng, people: BlindPerson[], days: number): Habits['trips'] {
  const out: Habits['trips'] = new Map();
  const dest = [
    { carrier: '166.137', country: 'US', hotel: '104.28' },
    { carrier: '126.205', country: 'JP', hotel: '133.242' },
    { carrier: '83.57', country: 'ES', hotel: '88.26' },
  ];
  for (const p of people) {
    if (p.role === 'night' || !r.chance(0.04) || days < 4) continue;
    const first = r.int(0, days - 3);
    const d = r.pick(dest);
    out.set(p.user, { first, last: Math.min(days - 1, first + r.int(2, 5)), carrier: d.carrier, country: d.country, hotel: inSlash16(r, d.hotel) });
  }
  return out;
}

/**
 * A tenant written by an outsider to the house generator (docs/detection-scenarios.md, "The blind test"): everyday
 * habits on local time across a DST change, IPv6 privacy addresses, shared homes, an office line moving provider, an
 * SSO migration day, a term start, help-desk lockouts, an uptime monitor failing for a day, stale phones, trips, a night
 * shift and a mail migration; and attacks drawn on their own random stream.
 */
export function blindTenant(params: BlindParams): BlindTenant {
  const { seed, accounts, days } = params;
  const r = new Rng(seed * 7919 + 13);
  const log = new BlindLog();
  const truth = emptyBlindTruth();
  const people = Array.from({ length: accounts }, (_, k) => drawPerson(r, `user${k}@tenant.example.com`, r.chance(0.05)));
  const stalePhones = new Map(people.filter(() => r.chance(0.03)).map((p) => [p.user, r.int(0, days - 1)] as const));
  const shared = flats(r, people);
  everydayTraffic({ log, r, truth, days, ssoDay: Math.floor(days / 3), natSwitchDay: Math.floor(days / 2) }, people, { flats: shared, trips: trips(r, people, days), stalePhones });
  const students = Array.from({ length: clamp(accounts * 0.2, 50, 600) }, (_, k) => `student${k}@tenant.example.com`);
  termStart(log, r, truth, students, Math.min(2, days - 2), days);
  const homeOf = (p: BlindPerson, day: number) => {
    if (p.role === 'night') return siteB;
    if (p.role === 'office') return officeEgress[day < Math.floor(days / 2) ? 0 : 1] as string;
    return shared.get(p.user)?.ip ?? ('v4' in p.home ? p.home.v4 : privacyAddress(r, p.home.v6));
  };
  helpdeskResets(log, r, truth, people.filter(() => r.chance(0.015)), homeOf, days);
  uptimeMonitor(log, truth, days, Math.floor(days * 0.6));
  mailMigration(log, r, truth, r.shuffle(people).slice(0, clamp(accounts * 0.3, 1, 400)).map((p) => p.user), days - 2);

  const ra = new Rng(seed * 104_729 + 1);
  const existing = new Set([...people.map((p) => p.user), ...students, monitorAccount]);
  const leaked = [...ra.shuffle([...people.map((p) => p.user), ...students]).slice(0, Math.floor((accounts + students.length) * 0.45)), ...Array.from({ length: Math.floor(accounts * 0.25) }, (_, k) => `former${k}@tenant.example.com`)];
  const ctx: AttackContext = { log, r: ra, truth, existing };
  const size = clamp(accounts * 0.08, 25, 300);
  const sample = () => ra.shuffle(leaked).slice(0, size);
  slowSpray(ctx, ra.shuffle(people).slice(0, size).map((p) => p.user), 1, Math.min(7, days - 1));
  stuffingV6(ctx, sample(), ra.int(0, days - 1));
  stuffingHosting24(ctx, sample(), ra.int(0, days - 1));
  stuffingOneUa(ctx, sample(), ra.int(0, days - 2), desktopAgents[0]);
  pacedBruteForce(ctx, ra.shuffle(people).slice(0, 3).map((p) => p.user), ra.int(0, days - 2));
  sameCarrierTakeover(ctx, ra.pick(people.filter((p) => !p.mobileV6)), ra.int(1, days - 1));
  log.rows.sort((a, b) => a.ts - b.ts);
  return { params, rows: log.rows, leaked, truth };
}

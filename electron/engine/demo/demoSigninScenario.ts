import { seededRandom } from './seededRandom';

/** One sign-in of the demo log: epoch ms, account, address, Entra result code, user agent. */
export interface DemoSignin {
  ts: number;
  user: string;
  ip: string;
  code: string;
  userAgent: string;
  country: string;
}

const minute = 60_000;
const hour = 3_600_000;
const day = 86_400_000;
const browser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36';
const mobile = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

/** An employee account of the demo retailer. */
const staff = (i: number): string => `agent${String(i).padStart(3, '0')}@boutique-demo.example`;
/** A customer address from the leak that has no account in the directory. */
const customer = (i: number): string => `client${i}@exemple-mail.fr`;
/** The home address each employee usually signs in from. */
const home = (i: number): string => `90.84.${Math.floor(i / 200)}.${(i % 200) + 20}`;
/** A residential-proxy exit used by the stuffing campaign. */
const proxy = (k: number): string => `${[37, 46, 78, 88, 109][k % 5]}.${160 + (k % 37)}.${(k * 7) % 250}.${(k * 13) % 250 + 2}`;

/** What the demo sign-in log plants, so the demo and its test can say what a correct answer is. */
export const demoSigninFacts = {
  start: Date.UTC(2024, 2, 1),
  days: 7,
  staff: 150,
  officeNat: '193.248.40.10',
  campaignSources: Array.from({ length: 90 }, (_, k) => proxy(k)),
  campaignStaff: Array.from({ length: 50 }, (_, k) => staff(40 + k)),
  campaignCustomers: Array.from({ length: 60 }, (_, k) => customer(k)),
  takeover: { user: staff(47), ip: proxy(12) },
  confirmedValid: [staff(52), staff(61), staff(70)],
  mfaFatigue: { user: staff(75), ip: '102.89.33.7' },
  sprayIp: '45.137.21.9',
  sprayUsers: Array.from({ length: 35 }, (_, k) => staff(100 + k)),
  bruteIp: '45.137.21.77',
  bruteUser: staff(5),
  staleUser: staff(20),
  /** Every account in the demo leak that the log also names (the rest of the leak is customers never seen). */
  leakedLastIps: Array.from({ length: 5 }, (_, k) => home(k)),
  leakedEmails: [...Array.from({ length: 150 }, (_, k) => staff(k)), ...Array.from({ length: 150 }, (_, k) => customer(k))],
} as const;

/**
 * Seven days of a 150-person retailer in Entra: home and office sign-ins with a 9 am burst, recovered typos and a
 * stale-password retry; a residential-proxy stuffing campaign over leaked accounts (one or two tries per source,
 * browser user agents) that takes one account over and confirms three passwords stopped by MFA; an MFA push
 * fatigue; a password spray and a brute force. Every value is generated; no real person appears.
 */
export function demoSigninScenario(seed = 1603): DemoSignin[] {
  const f = demoSigninFacts;
  const rand = seededRandom(seed);
  const rows: DemoSignin[] = [];
  const add = (ts: number, user: string, ip: string, code: string, userAgent = browser, country = 'FR') => rows.push({ ts: Math.floor(ts / 1000) * 1000, user, ip, code, userAgent, country });
  const abroad = (k: number) => ['NL', 'DE', 'US', 'BR', 'VN'][k % 5] as string;
  for (let i = 0; i < f.staff; i++) {
    add(f.start + 6 * hour + rand() * hour, staff(i), home(i), '0', i % 3 === 0 ? mobile : browser);
    for (let d = 0; d < f.days; d++) {
      const dayStart = f.start + d * day;
      if (d % 7 < 5) add(dayStart + 8 * hour + 45 * minute + rand() * 30 * minute, staff(i), f.officeNat, '0');
      const ts = dayStart + 7 * hour + rand() * 13 * hour;
      const ip = rand() < 0.6 ? home(i) : f.officeNat;
      if (rand() < 0.03) add(ts - 2 * minute, staff(i), ip, '50126');
      add(ts, staff(i), ip, '0', i % 3 === 0 ? mobile : browser);
    }
  }
  const stale = f.start + 2 * day + 14 * hour;
  for (let k = 0; k < 8; k++) add(stale + k * 30_000, f.staleUser, home(20), '50126', 'Microsoft Office/16.0');
  add(stale + 10 * minute, f.staleUser, home(20), '0', 'Microsoft Office/16.0');

  const campaign = f.start + 4 * day + 1 * hour;
  const targets = [...f.campaignStaff, ...f.campaignCustomers];
  targets.forEach((u, k) => {
    const tries = 1 + (k % 2);
    for (let t = 0; t < tries; t++) {
      const at = (k * 7 + t * 41) % f.campaignSources.length;
      add(campaign + k * 110_000 + t * 23 * minute, u, f.campaignSources[at] as string, u.startsWith('client') ? '50034' : '50126', browser, abroad(at));
    }
  });
  add(campaign + 3 * hour, f.takeover.user, f.takeover.ip, '0', browser, abroad(12));
  f.confirmedValid.forEach((u, k) => {
    const at = (k * 17 + 5) % f.campaignSources.length;
    add(campaign + 2 * hour + k * 9 * minute, u, f.campaignSources[at] as string, '50074', browser, abroad(at));
  });

  const fatigue = f.start + 5 * day + 22 * hour;
  for (let k = 0; k < 9; k++) add(fatigue + k * 70_000, f.mfaFatigue.user, f.mfaFatigue.ip, '500121', mobile, 'NG');
  add(fatigue + 11 * minute, f.mfaFatigue.user, f.mfaFatigue.ip, '0', mobile, 'NG');

  const spray = f.start + 2 * day + 10 * hour;
  f.sprayUsers.forEach((u, k) => add(spray + k * 20_000, u, f.sprayIp, '50126', 'python-requests/2.31', 'RU'));

  const brute = f.start + 3 * day + 2 * hour;
  for (let k = 0; k < 40; k++) add(brute + k * 40_000, f.bruteUser, f.bruteIp, '50126', 'hydra', 'RU');
  return rows.sort((a, b) => a.ts - b.ts || a.user.localeCompare(b.user));
}

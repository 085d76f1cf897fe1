import { seededRandom } from '../../demo/seededRandom';
import type { SigninFixture } from './insertSignins';

const minute = 60_000;
const day = 86_400_000;
/** Midnight UTC of the first day of the planted scenario (2024-03-01). */
export const scenarioStart = Date.UTC(2024, 2, 1);

/** An employee account of the synthetic organisation. */
export const emp = (i: number): string => `emp${i}@corp.example`;
/** An address that is in the leak but has no account in the organisation. */
export const cust = (i: number): string => `cust${i}@mail.example`;
/** The home address each employee signs in from. */
export const homeIp = (i: number): string => `198.18.${Math.floor(i / 200)}.${i % 200}`;
/** The corporate NAT every employee also signs in through. */
export const natIp = '192.0.2.10';

/** Ground truth of the planted scenario, for assertions. */
export const planted = {
  sprayIp: '45.0.0.1',
  sprayUsers: Array.from({ length: 30 }, (_, k) => emp(150 + k)),
  bruteIp: '45.0.0.2',
  bruteUser: emp(5),
  bruteAttempts: 40,
  takeoverNewIp: '45.0.0.99',
  stuffIp: '45.0.0.3',
  stuffUsers: [...Array.from({ length: 10 }, (_, k) => emp(k)), ...Array.from({ length: 15 }, (_, k) => cust(k))],
  distributedIps: Array.from({ length: 60 }, (_, k) => `100.64.0.${k + 1}`),
  distributedUsers: [...Array.from({ length: 40 }, (_, k) => emp(20 + k)), ...Array.from({ length: 40 }, (_, k) => cust(20 + k))],
  distributedTakeover: { ip: '100.64.0.7', user: emp(27) },
  sprayTakeover: emp(160),
  staleUser: emp(100),
  leakedEmails: [...Array.from({ length: 150 }, (_, k) => emp(k)), ...Array.from({ length: 150 }, (_, k) => cust(k))],
  leakedLastIps: Array.from({ length: 5 }, (_, k) => homeIp(k)),
};

const fail = (ts: number, user: string, ip: string, ua = 'Mozilla/5.0', nsu = false): SigninFixture => ({
  ts,
  user,
  ip,
  success: false,
  failureReason: nsu ? 'no_such_user' : 'bad_password',
  resultCode: nsu ? '50034' : '50126',
  userAgent: ua,
});
const ok = (ts: number, user: string, ip: string, ua = 'Mozilla/5.0'): SigninFixture => ({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });

/** Seven days of a 200-person organisation (home and NAT sign-ins, recovered typos) with every attack class and benign look-alike planted. */
export function plantedScenario(): SigninFixture[] {
  const rand = seededRandom(20240301);
  const rows: SigninFixture[] = [];
  for (let i = 0; i < 200; i++) {
    rows.push(ok(scenarioStart + 7 * 3_600_000 + i * 1000, emp(i), homeIp(i)), ok(scenarioStart + 8 * 3_600_000 + i * 1000, emp(i), natIp));
    for (let d = 1; d < 7; d++) {
      for (let k = 0; k < 2; k++) {
        const ts = scenarioStart + d * day + 7 * 3_600_000 + Math.floor(rand() * 12 * 3_600_000);
        const ip = rand() < 0.5 ? homeIp(i) : natIp;
        if (rand() < 0.02) rows.push(fail(ts - minute, emp(i), ip));
        rows.push(ok(ts, emp(i), ip));
      }
    }
  }
  const nat = scenarioStart + day;
  for (let k = 0; k < 3000; k++) rows.push(ok(nat + 8 * 3_600_000 + Math.floor(rand() * 10 * 3_600_000), emp(Math.floor(rand() * 200)), natIp));
  for (let k = 0; k < 12; k++) {
    const ts = nat + 9 * 3_600_000 + k * 90_000;
    rows.push(fail(ts, emp(60 + k), natIp), ok(ts + 60_000 + k * 1000, emp(60 + k), natIp));
  }
  const stale = scenarioStart + 2 * day + 14 * 3_600_000;
  for (let k = 0; k < 8; k++) rows.push(fail(stale + k * 30_000, planted.staleUser, homeIp(100)));
  rows.push(ok(stale + 10 * minute, planted.staleUser, homeIp(100)));

  const spray = scenarioStart + 2 * day + 10 * 3_600_000;
  planted.sprayUsers.forEach((u, k) => rows.push(fail(spray + k * 20_000, u, planted.sprayIp, 'python-requests/2.31')));
  rows.push(ok(spray + 20 * minute, planted.sprayTakeover, planted.sprayIp, 'python-requests/2.31'));

  const brute = scenarioStart + 3 * day + 2 * 3_600_000;
  for (let k = 0; k < planted.bruteAttempts; k++) rows.push(fail(brute + k * 40_000, planted.bruteUser, planted.bruteIp, 'hydra'));
  rows.push(ok(brute + 60 * minute, planted.bruteUser, planted.takeoverNewIp));

  const stuff = scenarioStart + 4 * day + 3 * 3_600_000;
  planted.stuffUsers.forEach((u, k) => rows.push(fail(stuff + k * 45_000, u, planted.stuffIp, 'curl/8.0', u.startsWith('cust'))));

  const dist = scenarioStart + 5 * day + 1 * 3_600_000;
  planted.distributedUsers.forEach((u, k) => {
    const ip = planted.distributedIps[k % 60] as string;
    rows.push(fail(dist + k * 35_000, u, ip, k % 5 === 0 ? 'Mozilla/5.0 (Windows NT 10.0) stuffer' : 'okhttp/4.9', u.startsWith('cust')));
  });
  rows.push(ok(dist + 30 * minute, planted.distributedTakeover.user, planted.distributedTakeover.ip, 'okhttp/4.9'));
  return rows.sort((a, b) => a.ts - b.ts);
}

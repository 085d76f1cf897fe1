import { Rng } from '../scenarios/Rng';
import type { SigninFixture } from '../planted/insertSignins';

const hour = 3_600_000;
const day = 86_400_000;
/** Midnight UTC of the generated log's first day. */
const logStart = Date.UTC(2025, 0, 6);
const logDays = 14;
/** The day the campaign runs. */
const campaignDay = 9;

/** One generated retailer: its size, its customers' ISPs, the proxy fleet, whether any proxy's try wins, and how many IPv4 /24s the country's ISPs hold (`countryNets` unless given). */
export interface AsnSweepParams {
  seed: number;
  accounts: number;
  isps: number;
  proxies: number;
  wins: boolean;
  nets?: number;
}

/** A generated retailer's sign-in log, the IP intel of every address in it, and its truth. */
export interface AsnSweepCase {
  rows: SigninFixture[];
  intel: Array<[ip: string, asn: string, country: string]>;
  /** Accounts a proxy's try won (first tries: no failure precedes the win on the account or from that address). */
  wins: Set<string>;
  /** Accounts the campaign tried (and did not win). */
  tried: Set<string>;
  /** Honest accounts that signed in during the campaign's window from an address new to them, by why. */
  newAddress: Map<string, 'moved' | 'lease' | 'first' | 'phone'>;
}

/** Chrome on Windows: the commonest browser string among the customers, and the one the proxy fleet sends. */
export const fleetUa = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const desktopUas = [
  fleetUa,
  fleetUa,
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
];
const phoneUas = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
];

/** One ISP: its AS number, whether it is a mobile carrier, its share of the country's subscribers and its IPv4 /24s (`first` to `first + nets - 1`). */
interface Isp {
  asn: string;
  mobile: boolean;
  weight: number;
  first: number;
  nets: number;
}

/**
 * The /24s of the country's consumer address space handed out over the ISPs by their share (at least 4 each, as a small
 * ISP's /22), unless the case gives its own: fewer /24s for as many customers are a retailer that holds a larger share of
 * each ISP's subscribers, so its customers and the proxies (which exit from subscribers' lines too) share more /24s.
 */
const countryNets = 40_000;

/** A random address of one of the ISP's /24s, all under 20.0.0.0/8. */
function ispAddress(r: Rng, isp: Isp): string {
  const j = isp.first + r.int(0, isp.nets - 1);
  return `20.${(j >> 8) & 255}.${j & 255}.${r.int(1, 254)}`;
}

/** Picks an ISP by its share of subscribers. */
function pickIsp(r: Rng, isps: Isp[]): Isp {
  const total = isps.reduce((s, x) => s + x.weight, 0);
  let u = r.real() * total;
  for (const x of isps) if ((u -= x.weight) < 0) return x;
  return isps[isps.length - 1] as Isp;
}

/**
 * A retailer's customers signing in from one country's consumer ISPs over 14 days, and on day 9 a credential
 * stuffing through residential proxies on those same ISPs (one to two accounts an address, every request sending
 * the commonest browser string), for the campaign-ASN measurement (docs/detection-scenarios.md, "A proxy campaign on
 * the customers' own ISPs"). ISP sizes are heavy-tailed (Zipf, exponent 1.2), so most ISPs have only a few of the
 * retailer's customers, and each holds IPv4 /24s in proportion (`nets`, 40 000 unless given, at least 4 each; with
 * 40 000 proxies rarely share a /24 and the ASN is what ties them); every fifth ISP is a mobile carrier. During the campaign's window some customers sign in from an
 * address new to them: moved house (another ISP), a new router lease (same ISP), their first sign-in of the log, a
 * phone on mobile data (a new carrier address each time). With `wins`, 2 % of the proxies' tries on existing
 * accounts are a first try that wins (the address has no failure, the account no earlier try).
 */
export function asnSweepCase(p: AsnSweepParams): AsnSweepCase {
  const r = new Rng(p.seed);
  const weights = Array.from({ length: p.isps }, (_, k) => 1 / Math.pow(k + 1, 1.2));
  const total = weights.reduce((a, b) => a + b, 0);
  let first = 0;
  const isps = weights.map((weight, k): Isp => {
    const nets = Math.max(4, Math.round(((p.nets ?? countryNets) * weight) / total));
    first += nets;
    return { asn: `AS${64512 + k}`, mobile: k % 5 === 2, weight, first: first - nets, nets };
  });
  const fixed = isps.filter((x) => !x.mobile);
  const mobile = isps.filter((x) => x.mobile);
  const intel = new Map<string, string>();
  const addr = (isp: Isp): string => {
    const ip = ispAddress(r, isp);
    intel.set(ip, isp.asn);
    return ip;
  };
  const rows: SigninFixture[] = [];
  const ok = (ts: number, user: string, ip: string, ua: string) => rows.push({ ts, user, ip, success: true, resultCode: '0', userAgent: ua });
  const campStart = logStart + campaignDay * day + r.int(6, 14) * hour;
  const campSpan = r.int(4, 12) * hour;
  const windowEnd = campStart + campSpan + 20 * hour;
  const inWindow = () => campStart + r.int(0, windowEnd - campStart);
  const newAddress = new Map<string, 'moved' | 'lease' | 'first' | 'phone'>();
  const users = Array.from({ length: p.accounts }, (_, i) => `c${i}@shop.example`);
  for (const user of users) {
    const home = pickIsp(r, fixed);
    let homeIp = addr(home);
    const carrier = r.chance(0.6) ? pickIsp(r, mobile) : null;
    const desktop = r.pick(desktopUas);
    const phone = r.pick(phoneUas);
    const rate = r.pick([0.05, 0.15, 0.4, 1]);
    const times = Array.from({ length: logDays }, (_, d) => d).flatMap((d) =>
      Array.from({ length: r.chance(rate) ? r.int(1, 2) : 0 }, () => logStart + d * day + r.int(7 * 3600, 23 * 3600) * 1000),
    );
    const u = r.real();
    const change = u < 0.01 ? 'moved' : u < 0.02 ? 'lease' : u < 0.03 ? 'first' : u < 0.05 && carrier ? 'phone' : null;
    const at = change ? inWindow() : Infinity;
    if (change) {
      newAddress.set(user, change);
      times.push(at);
    }
    for (const ts of times.sort((a, b) => a - b)) {
      if (change === 'first' && ts < at) continue;
      if ((change === 'moved' || change === 'lease') && ts === at) homeIp = addr(change === 'moved' ? pickIsp(r, fixed) : home);
      const onPhone = carrier !== null && (change === 'phone' ? ts === at : r.chance(0.4));
      if (onPhone) ok(ts, user, addr(carrier), phone);
      else {
        if (r.chance(0.03)) rows.push({ ts: ts - 60_000, user, ip: homeIp, success: false, userAgent: desktop });
        ok(ts, user, homeIp, desktop);
      }
    }
  }
  const wins = new Set<string>();
  const tried = new Set<string>();
  for (let k = 0; k < p.proxies; k++) {
    const ip = addr(pickIsp(r, isps));
    const count = r.int(1, 2);
    for (let n = 0; n < count; n++) {
      const ts = campStart + r.int(0, campSpan);
      if (r.chance(0.3)) {
        rows.push({
          ts,
          user: `x${p.seed}-${k}-${n}@shop.example`,
          ip,
          success: false,
          failureReason: 'no_such_user',
          resultCode: '50034',
          userAgent: fleetUa,
        });
        continue;
      }
      const user = r.pick(users);
      if (wins.has(user)) continue;
      if (p.wins && n === 0 && !tried.has(user) && r.chance(0.02)) {
        wins.add(user);
        for (let m = r.int(1, 3); m > 0; m--) ok(ts + (m - 1) * r.int(2, 50) * 60_000, user, ip, fleetUa);
        break;
      }
      tried.add(user);
      rows.push({ ts, user, ip, success: false, userAgent: fleetUa });
    }
  }
  for (const w of wins) tried.delete(w);
  return { rows: rows.sort((a, b) => a.ts - b.ts), intel: [...intel].map(([ip, asn]): [string, string, string] => [ip, asn, 'FR']), wins, tried, newAddress };
}

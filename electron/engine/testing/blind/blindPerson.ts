import type { Rng } from '../scenarios/Rng';
import { inSlash16, slash64 } from './blindAddresses';
import { desktopAgents, headWeighted, phoneAgents } from './blindAgents';

/** How a person works: at an office site, from home, on the road, or at night at a site. */
export type BlindRole = 'office' | 'remote' | 'field' | 'night';

/** One honest account holder and the devices and networks they use. */
export interface BlindPerson {
  user: string;
  role: BlindRole;
  desktop: string;
  phone: string;
  /** A fixed home IPv4 address, or an IPv6 /64 whose devices take a new privacy address every day. */
  home: { v4: string } | { v6: string };
  /** The mobile carrier: the IPv4 carrier-NAT pool, or IPv6 with a new /64 at each attach. */
  mobileV6: boolean;
  mfa: boolean;
}

/** A carrier's IPv4 NAT egress pool: 64 public addresses over two /24s, a device gets any of them at each connection. */
export const carrierPool = Array.from({ length: 64 }, (_, k) => `37.171.${10 + (k >> 5)}.${(k & 31) + 1}`);
/** The carrier's IPv6 /32. */
export const carrierV6 = '2a04:cec0';

const homeV4 = ['90.12', '86.200', '82.65', '88.160', '78.192', '109.210', '176.183', '2.14'];
const homeV6 = ['2a01:e0a', '2a01:cb00', '2a02:8428'];

/** Draws a person: a role, a device pair from the fleet's weighted lists, a home network (a third IPv6), MFA for most. */
export function drawPerson(r: Rng, user: string, night: boolean): BlindPerson {
  const u = r.real();
  const role: BlindRole = night ? 'night' : u < 0.55 ? 'office' : u < 0.8 ? 'remote' : 'field';
  const home = r.chance(0.3) ? { v6: slash64(r, r.pick(homeV6)) } : { v4: inSlash16(r, r.pick(homeV4)) };
  return {
    user,
    role,
    desktop: desktopAgents[headWeighted(r.real(), desktopAgents.length)] as string,
    phone: phoneAgents[headWeighted(r.real(), phoneAgents.length)] as string,
    home,
    mobileV6: r.chance(0.4),
    mfa: r.chance(0.7),
  };
}

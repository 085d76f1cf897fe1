import type { Rng } from '../scenarios/Rng';
import { blindCodes, type BlindLog } from './BlindLog';

/** What shapes one honest sign-in: the person's typo rate, whether a second factor is asked, a migration's first failure. */
export interface HonestSignInOptions {
  typoRate: number;
  mfa: boolean;
  /** An error the new identity provider returns once before the sign-in goes through (the SSO migration day). */
  firstError?: string;
}

/**
 * Writes one honest sign-in as people make it: sometimes a mistyped password (once, now and then twice or three
 * times, rarely giving up), a second-factor prompt before a third of the successes of MFA users (a remembered device
 * skips it), now and then a mis-tapped push. Returns false when the person gave up.
 */
export function honestSignIn(log: BlindLog, r: Rng, user: string, ts: number, ip: string, ua: string, country: string, o: HonestSignInOptions): boolean {
  let t = ts;
  if (o.firstError !== undefined) {
    log.add(t, user, ip, o.firstError, ua, country);
    t += r.int(20, 180) * 1000;
  }
  if (r.chance(o.typoRate)) {
    const typos = r.chance(0.75) ? 1 : r.int(2, 3);
    for (let k = 0; k < typos; k++) {
      log.add(t, user, ip, blindCodes.badPassword, ua, country);
      t += r.int(8, 70) * 1000;
    }
    if (r.chance(0.05)) return false;
  }
  if (o.mfa && r.chance(0.35)) {
    log.add(t, user, ip, blindCodes.mfaRequired, ua, country);
    t += r.int(10, 50) * 1000;
    if (r.chance(0.03)) {
      log.add(t, user, ip, blindCodes.mfaDenied, ua, country);
      t += r.int(15, 60) * 1000;
      log.add(t, user, ip, blindCodes.mfaRequired, ua, country);
      t += r.int(10, 40) * 1000;
    }
  }
  log.add(t, user, ip, blindCodes.ok, ua, country);
  return true;
}

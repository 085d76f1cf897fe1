import { emp } from './plantedScenario';
import type { SigninFixture } from './insertSignins';

/** The browser string the planted one-address sprays send. */
export const sprayUserAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

/** A spray from one fresh address, for the takeover tests beside the planted tenant: one wrong password on each of 30 accounts (emp(60) to emp(89)) from `start` (epoch ms), `stepMinutes` apart. */
export function oneAddressSpray(ip: string, start: number, stepMinutes: number): SigninFixture[] {
  return Array.from({ length: 30 }, (_, k) => ({
    ts: start + stepMinutes * k * 60_000,
    user: emp(60 + k),
    ip,
    success: false,
    failureReason: 'bad_password',
    resultCode: '50126',
    userAgent: sprayUserAgent,
  }));
}
